package nl.plekwijzer.availability.freshness;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.status.AvailabilitySnapshot;
import nl.plekwijzer.availability.status.repository.StatusRepository.UnitWithStatus;
import nl.plekwijzer.availability.status.repository.StatusRepository;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.UnitWentStale;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.PgSql;

/**
 * Publishes {@code unit-went-stale} once for each unit whose confirmation interval passed without a
 * report, with its snapshot now marked stale. Claiming a unit is one conditional UPDATE, so two
 * replicas never publish the same one; a new report makes the unit fresh and eligible again.
 */
@ApplicationScoped
public class StaleUnitScheduler {

    private final Pool pool;
    private final Outbox outbox;
    private final OutboxRelay relay;

    public StaleUnitScheduler(Pool pool, Outbox outbox, OutboxRelay relay) {
        this.pool = pool;
        this.outbox = outbox;
        this.relay = relay;
    }

    @Scheduled(every = "${plekwijzer.availability.stale-check-interval:30s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> publishNewlyStale() {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        return TransientFailures.untilNextRun("Publishing stale units", pool.withTransaction(tx -> tx.preparedQuery("UPDATE unit_status s SET stale_published_at = $1"
                + " FROM unit u WHERE u.unit_id = s.unit_id AND s.stale_published_at IS NULL"
                + " AND s.occurred_at + make_interval(hours => u.confirmation_interval_hours) < $1"
                + " RETURNING " + StatusRepository.UNIT_WITH_STATUS_COLUMNS)
                .execute(Tuple.of(now))
                .flatMap(rows -> {
                    List<Outbox.Entry> entries = new ArrayList<>();
                    rows.forEach(row -> {
                        UnitWithStatus unit = StatusRepository.map(row);
                        entries.add(new Outbox.Entry(EventType.UNIT_WENT_STALE, unit.unit().unitId(),
                                new UnitWentStale(UUID.randomUUID(), unit.unit().unitId(), unit.unit().providerId(),
                                        unit.status().lastReportedAt(), unit.unit().confirmationIntervalHours(), now)));
                        entries.add(AvailabilitySnapshot.outboxEntry(unit.unit(), unit.status(), now));
                    });
                    return outbox.add(PgSql.of(tx), entries).replaceWith(entries.size());
                }))
                .invoke(published -> {
                    if (published > 0) {
                        relay.wake();
                    }
                }));
    }
}
