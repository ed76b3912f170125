package nl.plekwijzer.matching.proposal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;

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
 * answer, expiry or end, and for all units once the state has been rebuilt after a start.
 */
@ApplicationScoped
public class HeldPlaces {

    private static final Logger LOG = Logger.getLogger(HeldPlaces.class);

    private final Pool pool;
    private final ProposalRepository proposals;
    private final MatchingState state;
    private final SuggestionPublisher publisher;
    private final UnmetNeedRecorder unmetNeeds;

    public HeldPlaces(Pool pool, ProposalRepository proposals, MatchingState state, SuggestionPublisher publisher,
            UnmetNeedRecorder unmetNeeds) {
        this.pool = pool;
        this.proposals = proposals;
        this.state = state;
        this.publisher = publisher;
        this.unmetNeeds = unmetNeeds;
    }

    /**
     * Takes into matching which of these requests are being placed (an open or accepted proposal),
     * then what proposals and placements now hold of these units, and announces what changed.
     */
    public Uni<Void> refresh(Set<UUID> requestIds, Set<String> unitIds) {
        Uni<Void> refreshed = requestIds.isEmpty() ? Uni.createFrom().voidItem()
                : proposals.beingPlaced(pool, List.copyOf(requestIds)).invoke(placing ->
                        requestIds.forEach(id -> state.applyBeingPlaced(id, placing.contains(id)))).replaceWithVoid();
        for (String unitId : unitIds) {
            refreshed = refreshed.chain(() -> proposals.holds(unitId).chain(this::apply));
        }
        return refreshed;
    }

    void onCaughtUp(@Observes Replay.CaughtUp caughtUp) {
        TransientFailures.retried("Loading the places held by proposals and placements", () -> proposals.allBeingPlaced()
                .invoke(placing -> placing.forEach(id -> state.applyBeingPlaced(id, true)))
                .chain(() -> proposals.holds(null)).chain(this::apply))
                .subscribe().with(done -> { }, e -> LOG.errorf("Holds not loaded: %s",
                        TransientFailures.describe(e)));
    }

    /** Completes once the needs that became unmet are recorded (it never fails: see UnmetNeedRecorder). */
    private Uni<Void> apply(Map<String, UnitHolds> holds) {
        List<MatchingState.UnmetNeed> unmet = new ArrayList<>();
        holds.forEach((unitId, unitHolds) -> {
            synchronized (state) {
                MatchingState.Effects effects = state.applyHolds(unitId, unitHolds);
                publisher.announce(effects);
                unmet.addAll(effects.newlyUnmet());
            }
        });
        return unmetNeeds.recordNewlyUnmet(unmet);
    }
}
