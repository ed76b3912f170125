package nl.plekwijzer.contracts.events;

import java.util.List;
import java.util.UUID;

/**
 * Up to 1,000 status reports that a provider sent together, as one record on {@code bed-status.v1}:
 * the broker has all of them or none, without a Kafka transaction. The consumer applies each report
 * as if it had come alone (its own {@code eventId}, the newest {@code occurredAt} per unit wins).
 */
public record BedStatusBatchReported(UUID batchId, List<BedStatusReported> reports) {
}
