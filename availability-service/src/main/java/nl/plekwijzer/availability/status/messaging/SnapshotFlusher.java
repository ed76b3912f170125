package nl.plekwijzer.availability.status.messaging;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.config.AvailabilityConfig;
import nl.plekwijzer.availability.status.AvailabilitySnapshot;
import nl.plekwijzer.availability.status.SnapshotPacing;
import nl.plekwijzer.availability.status.repository.StatusRepository;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.PgSql;

/**
 * Paces the {@code bed-availability.v1} snapshots that status reports cause ({@link SnapshotPacing}):
 * a unit that had a snapshot in the last interval is marked {@code snapshot_due} in the same
 * transaction as its new status, and this job sends the snapshot of every marked unit, with its
 * status as it is then, once an interval. The mark is in the database, so a restart loses none; a
 * unit being changed while this runs is left for that change or the next run.
 */
@ApplicationScoped
public class SnapshotFlusher {

    private final SnapshotPacing pacing;
    private final Pool pool;
    private final StatusRepository statuses;
    private final Outbox outbox;
    private final OutboxRelay relay;

    public SnapshotFlusher(AvailabilityConfig config, Pool pool, StatusRepository statuses, Outbox outbox, OutboxRelay relay) {
        this.pacing = new SnapshotPacing(config.snapshotInterval().toNanos());
        this.pool = pool;
        this.statuses = statuses;
        this.outbox = outbox;
        this.relay = relay;
    }

    /** True when the unit's snapshot goes out with this change; otherwise it is due ({@link #sendDue}). */
    boolean claimSnapshotNow(String unitId) {
        return pacing.claim(unitId, System.nanoTime());
    }

    @Scheduled(every = "${plekwijzer.availability.snapshot-interval}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sendDue() {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        return TransientFailures.untilNextRun("Sending due availability snapshots",
                pool.withTransaction(tx -> statuses.takeSnapshotsDue(tx).flatMap(units -> {
                    List<Outbox.Entry> snapshots = units.stream()
                            .map(unit -> AvailabilitySnapshot.outboxEntry(unit.unit(), unit.status(), now)).toList();
                    return outbox.add(PgSql.of(tx), snapshots).replaceWith(units);
                })).invoke(units -> {
                    if (!units.isEmpty()) {
                        pacing.sent(units.stream().map(u -> u.unit().unitId()).toList(), System.nanoTime());
                        relay.wake();
                    }
                }));
    }
}
