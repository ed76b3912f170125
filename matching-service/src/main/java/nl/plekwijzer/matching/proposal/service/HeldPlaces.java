package nl.plekwijzer.matching.proposal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.matching.proposal.repository.ProposalRepository;
import nl.plekwijzer.matching.state.MatchingState.UnitHolds;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Replay;
import nl.plekwijzer.matching.suggestion.SuggestionPublisher;
import nl.plekwijzer.matching.unmet.service.UnmetNeedRecorder;

/**
 * Keeps matching's view of each unit's free places in step with what open proposals hold and
 * placements took (as stored), and announces the rankings that changed: after every proposal,
 * answer, expiry or end; for all units once the state has been rebuilt after a start; and again
 * on a schedule, which also mends a refresh that failed. Refreshes may overlap: each takes a ticket
 * before it reads, and a unit never takes a reading older than the one it has.
 */
@ApplicationScoped
public class HeldPlaces {

    private static final Logger LOG = Logger.getLogger(HeldPlaces.class);

    private final Pool pool;
    private final ProposalRepository proposals;
    private final MatchingState state;
    private final SuggestionPublisher publisher;
    private final UnmetNeedRecorder unmetNeeds;
    private final AtomicLong tickets = new AtomicLong();
    /** The ticket of the reading each unit and each request took last; guarded by {@code state}. */
    private final Map<String, Long> readingOfUnit = new HashMap<>();
    private final Map<UUID, Long> readingOfRequest = new HashMap<>();
    private volatile boolean loaded;

    public HeldPlaces(Pool pool, ProposalRepository proposals, MatchingState state, SuggestionPublisher publisher,
            UnmetNeedRecorder unmetNeeds) {
        this.pool = pool;
        this.proposals = proposals;
        this.state = state;
        this.publisher = publisher;
        this.unmetNeeds = unmetNeeds;
    }

    /** Whether the holds have been loaded once since the start. */
    public boolean loaded() {
        return loaded;
    }

    /**
     * Takes into matching which of these requests are being placed (an open or accepted proposal),
     * then what proposals and placements now hold of these units, and announces what changed. It
     * never fails: what is stored is done, and the next scheduled refresh mends a failed one.
     */
    public Uni<Void> refresh(Set<UUID> requestIds, Set<String> unitIds) {
        long ticket = tickets.incrementAndGet();
        Uni<Void> placing = requestIds.isEmpty() ? Uni.createFrom().voidItem()
                : proposals.beingPlaced(pool, List.copyOf(requestIds))
                        .invoke(being -> applyPlacing(requestIds, being, ticket)).replaceWithVoid();
        return placing.chain(() -> unitIds.isEmpty() ? Uni.createFrom().voidItem()
                : proposals.holds(unitIds).chain(holds -> apply(holds, ticket)))
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("Held places not refreshed now, the next scheduled refresh will: %s",
                            TransientFailures.describe(e));
                    return Uni.createFrom().voidItem();
                });
    }

    void onCaughtUp(@Observes Replay.CaughtUp caughtUp) {
        TransientFailures.retried("Loading the places held by proposals and placements", this::refreshAll)
                .subscribe().with(done -> loaded = true, e -> LOG.errorf("Holds not loaded: %s",
                        TransientFailures.describe(e)));
    }

    @Scheduled(every = "${plekwijzer.matching.holds-refresh-interval:60s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRefresh() {
        if (!loaded) {
            return Uni.createFrom().voidItem();
        }
        return TransientFailures.untilNextRun("Refreshing the held places", refreshAll());
    }

    /** Every request being placed and every unit's holds, as stored; units no longer holding anything are freed. */
    private Uni<Void> refreshAll() {
        long ticket = tickets.incrementAndGet();
        return proposals.allBeingPlaced()
                .invoke(being -> {
                    Set<UUID> known = new HashSet<>(being);
                    known.addAll(state.beingPlacedIds());
                    applyPlacing(known, being, ticket);
                })
                .chain(() -> proposals.holds(null))
                .chain(holds -> {
                    Map<String, UnitHolds> all = new HashMap<>(holds);
                    state.unitsWithHolds().forEach(unitId -> all.putIfAbsent(unitId, UnitHolds.NONE));
                    return apply(all, ticket);
                });
    }

    /** Takes whether each request is being placed, unless a newer reading was taken already. */
    private void applyPlacing(Set<UUID> requestIds, Set<UUID> beingPlaced, long ticket) {
        synchronized (state) {
            for (UUID requestId : requestIds) {
                if (readingOfRequest.getOrDefault(requestId, 0L) > ticket) {
                    continue;
                }
                readingOfRequest.put(requestId, ticket);
                state.applyBeingPlaced(requestId, beingPlaced.contains(requestId));
            }
        }
    }

    /** Completes once the needs that became unmet are recorded (it never fails: see UnmetNeedRecorder). */
    private Uni<Void> apply(Map<String, UnitHolds> holds, long ticket) {
        List<MatchingState.UnmetNeed> unmet = new ArrayList<>();
        holds.forEach((unitId, unitHolds) -> {
            synchronized (state) {
                if (readingOfUnit.getOrDefault(unitId, 0L) > ticket) {
                    return;
                }
                readingOfUnit.put(unitId, ticket);
                MatchingState.Effects effects = state.applyHolds(unitId, unitHolds);
                publisher.announce(effects);
                unmet.addAll(effects.newlyUnmet());
            }
        });
        return unmetNeeds.recordNewlyUnmet(unmet);
    }
}
