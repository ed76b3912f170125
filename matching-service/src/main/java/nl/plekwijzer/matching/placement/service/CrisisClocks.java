package nl.plekwijzer.matching.placement.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.PgSql;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.foundation.persistence.SqlTransaction;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.placement.CrisisClock;
import nl.plekwijzer.matching.placement.PlacementEvents;
import nl.plekwijzer.matching.placement.repository.PlacementRepository;
import nl.plekwijzer.matching.proposal.service.HeldPlaces;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Replay;

/**
 * Runs the crisis clocks ({@link CrisisClock}, domain rule 20) on a schedule: a crisis placement past
 * its end date is relabelled a bridging placement (BRIDGING), a bridging placement ends when its
 * follow-up placement starts (ENDED, another placement), and a crisis request without an
 * accepted proposal a day after submission is escalated once (ESCALATED), so that a crisis stay of
 * 28 days never silently becomes months and no crisis waits unseen.
 */
@ApplicationScoped
public class CrisisClocks {

    private static final Logger LOG = Logger.getLogger(CrisisClocks.class);

    private final Pool pool;
    private final PlacementRepository placements;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final MatchingState state;
    private final Replay replay;
    private final HeldPlaces holds;
    private final Clock clock;

    public CrisisClocks(Pool pool, PlacementRepository placements, Outbox outbox, OutboxRelay relay,
            MatchingState state, Replay replay, HeldPlaces holds, Clock clock) {
        this.pool = pool;
        this.placements = placements;
        this.outbox = outbox;
        this.relay = relay;
        this.state = state;
        this.replay = replay;
        this.holds = holds;
        this.clock = clock;
    }

    @Scheduled(every = "${plekwijzer.matching.crisis-clock-interval:1h}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relabel() {
        OffsetDateTime now = StoredTime.now(clock);
        return TransientFailures.untilNextRun("Relabelling crisis stays past their end",
                relabelBridging(now.toLocalDate(), now));
    }

    /** Every minute: a day's wait for a crisis is counted in minutes, not hours. */
    @Scheduled(every = "${plekwijzer.matching.crisis-escalation-interval:1m}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> escalate() {
        OffsetDateTime now = StoredTime.now(clock);
        return TransientFailures.untilNextRun("Escalating unplaced crises", escalate(now).invoke(relay::wake));
    }

    /**
     * Relabels crisis stays past their end as bridging placements (their requests are no longer
     * being placed: intake opens them again on BRIDGING, for the follow-up place), and ends the
     * bridging placements whose follow-up placement started.
     */
    private Uni<Void> relabelBridging(LocalDate today, OffsetDateTime now) {
        Set<UUID> requests = new HashSet<>();
        Set<String> units = new HashSet<>();
        return pool.withTransaction(tx -> placements.relabelBridging(tx, today).flatMap(relabelled -> {
            if (!relabelled.isEmpty()) {
                LOG.infof("%d crisis placements passed their end date: bridging placements now", relabelled.size());
            }
            relabelled.forEach(p -> requests.add(p.requestId()));
            List<Outbox.Entry> events = new ArrayList<>(relabelled.stream()
                    .map(p -> PlacementEvents.of(PlacementEvent.Type.BRIDGING, p, null, now)).toList());
            return placements.endBridgingFollowedUp(tx, today).flatMap(ended -> {
                ended.forEach(p -> {
                    events.add(PlacementEvents.of(PlacementEvent.Type.ENDED, p, p.destination().name(), now));
                    units.add(p.unitId());
                });
                return outbox.add(PgSql.of(tx), events);
            });
        })).invoke(relay::wake).chain(() -> requests.isEmpty() && units.isEmpty() ? Uni.createFrom().voidItem()
                : holds.refresh(requests, units));
    }

    /** Escalates each open crisis request a day old that nobody accepted, once (the escalation row says so). */
    private Uni<Void> escalate(OffsetDateTime now) {
        if (!replay.caughtUp()) {
            return Uni.createFrom().voidItem();
        }
        List<RequestView> due = state.openRequests(Urgency.CRISIS).stream()
                .filter(r -> CrisisClock.escalationDue(r.urgency(), r.submittedAt(), now)).toList();
        if (due.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.withTransaction(tx -> {
            SqlTransaction sql = PgSql.of(tx);
            List<List<Object>> rows = due.stream().<List<Object>> map(r -> List.of(r.requestId(), now)).toList();
            return sql.executeEach("INSERT INTO request_escalation (request_id, escalated_at)"
                    + " SELECT $1::uuid, $2::timestamptz"
                    + " WHERE NOT EXISTS (SELECT 1 FROM proposal WHERE request_id = $1 AND state = 'ACCEPTED')"
                    + " ON CONFLICT (request_id) DO NOTHING", rows)
                    .flatMap(inserted -> {
                        List<Outbox.Entry> escalations = new ArrayList<>();
                        for (int i = 0; i < due.size(); i++) {
                            if (inserted.get(i) > 0) {
                                escalations.add(PlacementEvents.escalated(due.get(i).requestId(), now));
                            }
                        }
                        if (!escalations.isEmpty()) {
                            LOG.infof("%d crisis requests unplaced a day after submission: escalated",
                                    escalations.size());
                        }
                        return outbox.add(sql, escalations);
                    });
        });
    }
}
