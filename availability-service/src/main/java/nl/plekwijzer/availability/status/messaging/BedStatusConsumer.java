package nl.plekwijzer.availability.status.messaging;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.status.AvailabilitySnapshot;
import nl.plekwijzer.availability.status.StatusApplication.HistoryEntry;
import nl.plekwijzer.availability.status.StatusApplication.KnownUnit;
import nl.plekwijzer.availability.status.StatusApplication.Received;
import nl.plekwijzer.availability.status.StatusApplication;
import nl.plekwijzer.availability.status.repository.StatusRepository;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.Topic;
import nl.plekwijzer.contracts.events.BedStatusBatchReported;
import nl.plekwijzer.contracts.events.BedStatusReported;
import nl.plekwijzer.foundation.messaging.EventBatches.Refused;
import nl.plekwijzer.foundation.messaging.CloudEventMessages;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.PgSql;

/**
 * Applies status events from {@code bed-status.v1}, whether produced by this service's REST API or
 * straight by a provider system, single reports and batches of reports alike, a poll at a time in
 * transactions of at most 5,000 reports: history, current status and the {@code bed-availability.v1}
 * snapshots (through the outbox; paced by {@link SnapshotFlusher}) together. Unreadable records and
 * events for unknown units or with impossible figures go to {@code bed-status.v1.dlq}
 * ({@link EventBatches}).
 */
@ApplicationScoped
public class BedStatusConsumer {

    private static final Logger LOG = Logger.getLogger(BedStatusConsumer.class);

    private final EventReader events;
    private final EventBatches batches;
    private final Pool pool;
    private final StatusRepository statuses;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final SnapshotFlusher snapshotFlusher;

    public BedStatusConsumer(EventReader events, EventBatches batches, Pool pool, StatusRepository statuses,
            Outbox outbox, OutboxRelay relay, SnapshotFlusher snapshotFlusher) {
        this.events = events;
        this.batches = batches;
        this.pool = pool;
        this.statuses = statuses;
        this.outbox = outbox;
        this.relay = relay;
        this.snapshotFlusher = snapshotFlusher;
    }

    @Incoming("bed-status-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consumeRecords(batch, this::read,
                reports -> pool.withTransaction(tx -> apply(tx, reports)).invoke(relay::wake));
    }

    /**
     * A record holds one report, or a batch of them when its {@code ce_type} says so; a record on a
     * provider's own status topic may change only that provider's units.
     */
    private List<Received> read(ConsumerRecord<String, String> record) {
        String fromProvider = Topic.providerOfStatusTopic(record.topic()).orElse(null);
        List<BedStatusReported> reports = CloudEventMessages.ceType(record)
                .filter(EventType.BED_STATUS_BATCH_REPORTED.ceType()::equals).isPresent()
                        ? events.read(record.value(), EventType.BED_STATUS_BATCH_REPORTED, BedStatusBatchReported.class).reports()
                        : List.of(events.read(record.value(), EventType.BED_STATUS_REPORTED, BedStatusReported.class));
        return reports.stream().map(report -> new Received(report, fromProvider)).toList();
    }

    private Uni<List<Refused<Received>>> apply(SqlConnection tx, List<Received> reports) {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        Set<String> unitIds = new HashSet<>();
        reports.forEach(r -> unitIds.add(r.report().unitId()));
        return statuses.unitsWithStatus(tx, unitIds).flatMap(units -> {
            Map<String, KnownUnit> knownUnits = new HashMap<>();
            units.forEach((id, u) -> knownUnits.put(id, new KnownUnit(id, u.unit().providerId(), u.unit().places(), u.status())));
            // Events seen before are found by writing the history, which keeps each once: an id the insert
            // did not take is one seen before (looking every id up first took a sixth of the database's
            // time). The flags written are those of the outcome as if all were new, which are nearly always
            // the right ones (StatusApplication); those that are not are corrected below.
            var assumingAllNew = StatusApplication.apply(reports, Set.of(), knownUnits, now);
            List<UUID> rejectedIds = assumingAllNew.rejections().stream().map(r -> r.received().report().eventId()).toList();
            // Statements that do not depend on each other are sent together: the connection pipelines them.
            return Uni.combine().all().unis(statuses.insertHistory(tx, assumingAllNew.history(), now),
                    statuses.inHistory(tx, rejectedIds))
                    .withUni((inserted, rejectedButSeenBefore) -> {
                        Set<UUID> seenBefore = new HashSet<>(rejectedButSeenBefore);
                        assumingAllNew.history().stream().map(entry -> entry.report().eventId())
                                .filter(eventId -> !inserted.contains(eventId)).forEach(seenBefore::add);
                        if (seenBefore.isEmpty()) {
                            return saveChanges(tx, assumingAllNew, List.of(), units, now);
                        }
                        var outcome = StatusApplication.apply(reports, seenBefore, knownUnits, now);
                        LOG.debugf("%d status events were seen before; ignored", outcome.duplicates());
                        return saveChanges(tx, outcome, StatusApplication.appliedFlagsChanged(assumingAllNew, outcome), units, now);
                    });
        });
    }

    private Uni<List<Refused<Received>>> saveChanges(SqlConnection tx, StatusApplication.Outcome outcome,
            List<HistoryEntry> flagsToCorrect, Map<String, StatusRepository.UnitWithStatus> units, OffsetDateTime now) {
        Set<String> snapshotNow = new HashSet<>();
        Set<String> snapshotDue = new HashSet<>();
        outcome.changedStatus().keySet().forEach(unitId ->
                (snapshotFlusher.claimSnapshotNow(unitId) ? snapshotNow : snapshotDue).add(unitId));
        return Uni.combine().all().unis(statuses.saveCurrent(tx, outcome.changedStatus(), snapshotDue),
                statuses.correctApplied(tx, flagsToCorrect))
                .with((saved, corrected) -> saved)
                .flatMap(saved -> {
                    // A unit that another transaction gave a newer status meanwhile was not saved: no older snapshot for it.
                    List<Outbox.Entry> snapshots = new ArrayList<>();
                    outcome.changedStatus().forEach((unitId, status) -> {
                        if (snapshotNow.contains(unitId) && saved.contains(unitId)) {
                            snapshots.add(AvailabilitySnapshot.outboxEntry(units.get(unitId).unit(), status, now));
                        }
                    });
                    return outbox.add(PgSql.of(tx), snapshots);
                })
                // Refused events stay out of the history: sent again, they can be applied.
                .replaceWith(outcome.rejections().stream().map(r -> new Refused<>(r.received(), r.reason())).toList());
    }
}
