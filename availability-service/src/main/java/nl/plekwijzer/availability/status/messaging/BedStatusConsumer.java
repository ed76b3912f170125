package nl.plekwijzer.availability.status.messaging;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.outbox.Outbox;
import nl.plekwijzer.availability.outbox.OutboxRelay;
import nl.plekwijzer.availability.status.AvailabilitySnapshot;
import nl.plekwijzer.availability.status.StatusApplication;
import nl.plekwijzer.availability.status.StatusApplication.KnownUnit;
import nl.plekwijzer.availability.status.repository.StatusRepository;
import nl.plekwijzer.availability.status.repository.StatusRepository.UnitWithStatus;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.UnreadableEventException;
import nl.plekwijzer.contracts.events.BedStatusReported;

/**
 * Applies status events from {@code bed-status.v1}, whether produced by this service's REST API or
 * straight by a provider system, a batch at a time in one transaction: history, current status and
 * the {@code bed-availability.v1} snapshots (through the outbox) together. A record that cannot be
 * read or applied goes to {@code bed-status.v1.dlq} with its reason; the others are applied.
 */
@ApplicationScoped
public class BedStatusConsumer {

    private static final Logger LOG = Logger.getLogger(BedStatusConsumer.class);

    private final EventReader events;
    private final Pool pool;
    private final StatusRepository statuses;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final DeadLetters deadLetters;

    public BedStatusConsumer(EventReader events, Pool pool, StatusRepository statuses, Outbox outbox,
            OutboxRelay relay, DeadLetters deadLetters) {
        this.events = events;
        this.pool = pool;
        this.statuses = statuses;
        this.outbox = outbox;
        this.relay = relay;
        this.deadLetters = deadLetters;
    }

    @Incoming("bed-status-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<BedStatusReported> reports = new ArrayList<>();
        Map<BedStatusReported, ConsumerRecord<String, String>> origin = new HashMap<>();
        List<Uni<Void>> deadLettered = new ArrayList<>();
        for (var record : batch.getRecords()) {
            @SuppressWarnings("unchecked")
            ConsumerRecord<String, String> consumerRecord = record.getMetadata(IncomingKafkaRecordMetadata.class)
                    .orElseThrow().getRecord();
            try {
                BedStatusReported report = events.read(record.getPayload(), EventType.BED_STATUS_REPORTED,
                        BedStatusReported.class);
                reports.add(report);
                origin.put(report, consumerRecord);
            } catch (UnreadableEventException e) {
                deadLettered.add(deadLetters.send(consumerRecord, e.getMessage(), e));
            }
        }
        Uni<Void> poison = deadLettered.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(deadLettered).andFailFast().replaceWithVoid();
        return poison
                .flatMap(ignored -> reports.isEmpty() ? Uni.createFrom().item(List.<StatusApplication.Rejection>of())
                        : applyWithRetry(reports))
                .flatMap(rejections -> rejections.isEmpty() ? Uni.createFrom().voidItem()
                        : Uni.join().all(rejections.stream()
                                .map(r -> deadLetters.send(origin.get(r.report()), r.reason(), null)).toList())
                                .andFailFast().replaceWithVoid())
                // A method that takes the batch itself acknowledges it itself: only then is the offset committed.
                .onItemOrFailure().transformToUni((done, failure) -> Uni.createFrom().completionStage(
                        failure == null ? batch.ack() : batch.nack(failure)));
    }

    /** A database that is briefly away is retried; if it stays away the channel fails and nothing is acked. */
    private Uni<List<StatusApplication.Rejection>> applyWithRetry(List<BedStatusReported> reports) {
        return pool.withTransaction(tx -> apply(tx, reports))
                .onFailure().invoke(e -> LOG.warnf("Applying %d status events failed, will retry: %s", reports.size(),
                        e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(8)
                .invoke(relay::wake);
    }

    private Uni<List<StatusApplication.Rejection>> apply(SqlConnection tx, List<BedStatusReported> reports) {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        Set<String> unitIds = new HashSet<>();
        reports.forEach(r -> unitIds.add(r.unitId()));
        return statuses.knownEventIds(tx, reports.stream().map(BedStatusReported::eventId).toList())
                .flatMap(known -> statuses.unitsWithStatus(tx, unitIds).flatMap(units -> {
                    Map<String, KnownUnit> knownUnits = new HashMap<>();
                    units.forEach((id, u) -> knownUnits.put(id, new KnownUnit(id, u.unit().places(), u.status())));
                    var outcome = StatusApplication.apply(reports, known, knownUnits, now);
                    if (outcome.duplicates() > 0) {
                        LOG.debugf("%d status events were applied before; ignored", outcome.duplicates());
                    }
                    List<Outbox.Entry> snapshots = new ArrayList<>();
                    outcome.changedStatus().forEach((unitId, status) -> {
                        UnitWithStatus unit = units.get(unitId);
                        snapshots.add(new Outbox.Entry(EventType.UNIT_AVAILABILITY_CHANGED, unitId,
                                AvailabilitySnapshot.of(unit.unit(), status, now)));
                    });
                    return statuses.insertHistory(tx, outcome.history(), now)
                            .call(() -> statuses.saveCurrent(tx, outcome.changedStatus()))
                            .call(() -> outbox.add(tx, snapshots))
                            .replaceWith(outcome.rejections());
                }));
    }
}
