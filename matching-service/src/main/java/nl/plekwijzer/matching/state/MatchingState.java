package nl.plekwijzer.matching.state;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.contracts.events.AmbulantProgrammeUpdated;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.matching.engine.HardRule;
import nl.plekwijzer.matching.engine.MatchingEngine;
import nl.plekwijzer.matching.engine.ProgrammeView;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.UnitView;

/**
 * matching-service's picture of the region, built from unit-profiles.v1, bed-availability.v1,
 * placement-requests.v2 and ambulant-programmes.v1, around the {@link MatchingEngine}. Every method is synchronized: changes
 * come from three consumers, reads from HTTP. Each change reports what it did to rankings and
 * unmet needs, for the caller to publish outside the lock.
 */
public final class MatchingState {

    /**
     * An open request for which no unit fits, with the rules that stood in the way of its near
     * misses; {@code exclusions} is null while those are still to be found (after a rebuild).
     */
    public record UnmetNeed(RequestView request, Map<HardRule, Integer> exclusions, OffsetDateTime since) {

        UnmetNeed explained(Map<HardRule, Integer> found) {
            return new UnmetNeed(request, found, since);
        }
    }

    /** What one change did: rankings that changed, and requests that became unmet. */
    public record Effects(List<MatchingEngine.Ranking> changedRankings, List<UnmetNeed> newlyUnmet) {

        static final Effects NONE = new Effects(List.of(), List.of());
    }

    /**
     * What is taken of a unit's places beyond its provider's last report: places held by open
     * proposals, and placements accepted at these moments (those after the last report count).
     */
    public record UnitHolds(int openProposals, List<OffsetDateTime> placedAt) {

        public static final UnitHolds NONE = new UnitHolds(0, List.of());

        int heldAfter(UnitAvailabilityChanged report) {
            long placedSince = report == null ? placedAt.size()
                    : placedAt.stream().filter(at -> at.isAfter(report.occurredAt())).count();
            return openProposals + (int) placedSince;
        }
    }

    /** Units and primary open requests at one moment, for work done outside the lock. */
    public record Snapshot(List<UnitView> units, List<RequestView> requests) {
    }

    /** Unmet needs explained per turn of the lock after a rebuild: about a tenth of a second's work for a whole country. */
    private static final int EXPLAINED_PER_TURN = 20;

    private final MatchingEngine engine;
    private final Views views;
    private final int nearMisses;
    private final Map<String, UnitProfileUpdated> profiles = new HashMap<>();
    private final Map<String, UnitAvailabilityChanged> availability = new HashMap<>();
    private final Map<UUID, String> referrerIds = new HashMap<>();
    private final Map<UUID, UnmetNeed> unmet = new LinkedHashMap<>();
    private final Map<String, UnitHolds> holds = new HashMap<>();
    /** The provider each youth was last placed with (the way back), and the requests that named their own. */
    private final Map<String, String> lastProviderOfYouth = new HashMap<>();
    private final Set<UUID> namedPreviousProvider = new HashSet<>();
    /** Requests with an open or accepted proposal. */
    private final Set<UUID> beingPlaced = new HashSet<>();
    /** From {@link #beginRebuild} until {@link #finishRebuild} has ranked everything. */
    private volatile boolean rebuilding;

    /** Asked for a ranking while the state is rebuilt from the topics: there is none worth serving yet. */
    public static final class StillRebuilding extends IllegalStateException {
        StillRebuilding() {
            super("The matching state is being rebuilt from the topics; no ranking is served until it is whole");
        }
    }

    public MatchingState(MatchingEngine engine, Views views, int nearMisses) {
        this.engine = engine;
        this.views = views;
        this.nearMisses = nearMisses;
    }

    /**
     * From now until {@link #finishRebuild}: changes are stored without ranking anything (each
     * request is ranked once at the end instead of once per unit event on the way), and asking for
     * a ranking is refused ({@link StillRebuilding}) rather than answered with one half made.
     */
    public synchronized void beginRebuild() {
        engine.deferRanking();
        rebuilding = true;
    }

    /**
     * Ranks every request once the state is whole, notes which have no fitting unit, and then, still
     * holding the lock, runs {@code goLive} (so that no change slips between the two unannounced).
     */
    public synchronized void finishRebuild(Runnable goLive) {
        if (!engine.rankingDeferred()) {
            goLive.run();
            return;
        }
        engine.rankAll();
        unmet.clear();
        OffsetDateTime now = OffsetDateTime.now();
        for (UUID requestId : referrerIds.keySet()) {
            if (engine.ranking(requestId).fitting() == 0 && !beingPlaced.contains(requestId)) {
                // Its near misses are found after going live (explainUnmetNeeds), or when asked for.
                unmet.put(requestId, new UnmetNeed(engine.request(requestId), null, now));
            }
        }
        rebuilding = false;
        goLive.run();
    }

    /**
     * Finds the near misses of the unmet needs a rebuild left unexplained, a few requests per turn
     * of the lock so that changes keep flowing meanwhile (for a whole country this takes longer than
     * ranking everything). Returns how many it explained.
     */
    public int explainUnmetNeeds() {
        return explainInTurns(null);
    }

    /** Explains the unexplained needs of these requests (all when null) in turns of the lock. */
    private int explainInTurns(Collection<UUID> only) {
        int explained = 0;
        while (true) {
            synchronized (this) {
                List<UUID> pending = unexplained().stream().filter(id -> only == null || only.contains(id))
                        .limit(EXPLAINED_PER_TURN).toList();
                if (pending.isEmpty()) {
                    return explained;
                }
                explain(pending);
                explained += pending.size();
            }
            // A monitor is not fair: without a pause this loop would take it again before any waiting consumer or reader.
            LockSupport.parkNanos(2_000_000);
        }
    }

    private List<UUID> unexplained() {
        return unmet.values().stream().filter(need -> need.exclusions() == null).map(need -> need.request().requestId())
                .toList();
    }

    /** Holding the lock: near misses read every unit for each request, in parallel (the engine is only read). */
    private void explain(List<UUID> requestIds) {
        Map<UUID, Map<HardRule, Integer>> found = requestIds.parallelStream().collect(
                java.util.stream.Collectors.toConcurrentMap(id -> id, id -> engine.nearMissExclusions(id, nearMisses)));
        found.forEach((requestId, exclusions) -> unmet.computeIfPresent(requestId, (id, need) -> need.explained(exclusions)));
    }

    /** What a run of events did, and the events that could not be applied, each with its failure. */
    public record AppliedAll<T>(Effects effects, List<NotApplied<T>> notApplied) {
    }

    public record NotApplied<T>(T event, RuntimeException failure) {
    }

    /**
     * Applies the events in order; each request whose ranking changed is in the effects once, with
     * its newest ranking. Announcing a ranking costs more than making it: after a burst, a poll
     * holds hundreds of changes to the same units, and each request is then announced once rather
     * than once per change. An event that fails is left out and the rest applied.
     */
    public synchronized <T> AppliedAll<T> applyAll(List<T> events, Function<T, Effects> change) {
        Map<UUID, MatchingEngine.Ranking> newestChanged = new LinkedHashMap<>();
        List<UnmetNeed> newlyUnmet = new ArrayList<>();
        List<NotApplied<T>> notApplied = new ArrayList<>();
        for (T event : events) {
            try {
                Effects effects = change.apply(event);
                effects.changedRankings().forEach(ranking -> newestChanged.put(ranking.request().requestId(), ranking));
                newlyUnmet.addAll(effects.newlyUnmet());
            } catch (RuntimeException e) {
                notApplied.add(new NotApplied<>(event, e));
            }
        }
        return new AppliedAll<>(new Effects(List.copyOf(newestChanged.values()), newlyUnmet), notApplied);
    }

    /** Checked before taking the lock: a reader during the rebuild hears 503 at once instead of waiting for it. */
    private void requireRanked() {
        if (rebuilding) {
            throw new StillRebuilding();
        }
    }

    public synchronized Effects applyProfile(UnitProfileUpdated profile) {
        profiles.put(profile.unitId(), profile);
        return afterRankingsChanged(engine.putUnit(unitView(profile)));
    }

    /** An ambulant programme registered, changed or withdrawn: the alternatives of the requests it serves change. */
    public synchronized Effects applyProgramme(AmbulantProgrammeUpdated programme) {
        ProgrammeView view = views.programme(programme);
        return afterRankingsChanged(view == null ? engine.removeProgramme(programme.programmeId()) : engine.putProgramme(view));
    }

    /** The newest {@code occurredAt} per unit wins; a unit without a profile waits for one. */
    public synchronized Effects applyAvailability(UnitAvailabilityChanged snapshot) {
        UnitAvailabilityChanged known = availability.get(snapshot.unitId());
        if (known != null && known.occurredAt().isAfter(snapshot.occurredAt())) {
            return Effects.NONE;
        }
        availability.put(snapshot.unitId(), snapshot);
        UnitProfileUpdated profile = profiles.get(snapshot.unitId());
        return profile == null ? Effects.NONE : afterRankingsChanged(engine.putUnit(unitView(profile)));
    }

    /**
     * The provider each of these youths was last placed with: continuity scores it for their open
     * requests that named no previous provider themselves (the way back).
     */
    public synchronized Effects applyLastProviders(Map<String, String> providerByYouth) {
        lastProviderOfYouth.putAll(providerByYouth);
        List<MatchingEngine.Ranking> changed = new ArrayList<>();
        List<UnmetNeed> newlyUnmet = new ArrayList<>();
        for (UUID requestId : List.copyOf(referrerIds.keySet())) {
            RequestView request = engine.request(requestId);
            String last = request == null ? null : providerByYouth.get(request.youthPseudonym());
            if (last == null || namedPreviousProvider.contains(requestId) || last.equals(request.previousProviderId())) {
                continue;
            }
            engine.putRequest(request.withPreviousProviderId(last));
            if (engine.rankingDeferred()) {
                continue; // ranked with everything else once the rebuild is done
            }
            MatchingEngine.Ranking ranking = engine.ranking(requestId);
            changed.add(ranking);
            checkUnmet(ranking, newlyUnmet);
        }
        return new Effects(changed, newlyUnmet);
    }

    /** Whether the request has an open or accepted proposal (then it is not an unmet need). */
    public synchronized void applyBeingPlaced(UUID requestId, boolean placing) {
        if (placing) {
            beingPlaced.add(requestId);
            unmet.remove(requestId);
        } else {
            beingPlaced.remove(requestId);
        }
    }

    /** The requests known to be being placed. */
    public synchronized Set<UUID> beingPlacedIds() {
        return Set.copyOf(beingPlaced);
    }

    /** The units that proposals or placements hold places of, as matching knows them now. */
    public synchronized Set<String> unitsWithHolds() {
        Set<String> units = new HashSet<>();
        holds.forEach((unitId, unitHolds) -> {
            if (!unitHolds.equals(UnitHolds.NONE)) {
                units.add(unitId);
            }
        });
        return units;
    }

    /** What proposals and placements now take of the unit's places (the whole count, not a change). */
    public synchronized Effects applyHolds(String unitId, UnitHolds unitHolds) {
        holds.put(unitId, unitHolds);
        UnitProfileUpdated profile = profiles.get(unitId);
        return profile == null ? Effects.NONE : afterRankingsChanged(engine.putUnit(unitView(profile)));
    }

    private UnitView unitView(UnitProfileUpdated profile) {
        UnitAvailabilityChanged report = availability.get(profile.unitId());
        return views.unit(profile, report, holds.getOrDefault(profile.unitId(), UnitHolds.NONE).heldAfter(report));
    }

    /** Every open primary request with its ranking, in no particular order. */
    public List<MatchingEngine.Ranking> openPrimaryRankings() {
        requireRanked();
        synchronized (this) {
            List<MatchingEngine.Ranking> found = new ArrayList<>();
            for (UUID requestId : referrerIds.keySet()) {
                RequestView request = engine.request(requestId);
                if (request != null && request.linkedToRequestId() == null) {
                    found.add(engine.ranking(requestId));
                }
            }
            return found;
        }
    }

    /** The open primary requests of this urgency. */
    public synchronized List<RequestView> openRequests(Urgency urgency) {
        List<RequestView> found = new ArrayList<>();
        for (UUID requestId : referrerIds.keySet()) {
            RequestView request = engine.request(requestId);
            if (request != null && request.linkedToRequestId() == null && request.urgency() == urgency) {
                found.add(request);
            }
        }
        return found;
    }

    /** The open request as matching sees it, or null. */
    public synchronized RequestView request(UUID requestId) {
        return engine.request(requestId);
    }

    /** The unit as matching sees it (held places taken off), or null. */
    public synchronized UnitView unit(String unitId) {
        return engine.unit(unitId);
    }

    public synchronized Effects applyRequest(PlacementRequestUpdated request) {
        if (request.status() != PlacementRequestUpdated.Status.OPEN) {
            engine.removeRequest(request.requestId());
            referrerIds.remove(request.requestId());
            unmet.remove(request.requestId());
            namedPreviousProvider.remove(request.requestId());
            return Effects.NONE;
        }
        if (request.previousProviderId() != null) {
            namedPreviousProvider.add(request.requestId());
        } else {
            namedPreviousProvider.remove(request.requestId());
        }
        String previousProvider = request.previousProviderId() != null ? request.previousProviderId()
                : lastProviderOfYouth.get(request.youthPseudonym());
        engine.putRequest(views.request(request, previousProvider));
        referrerIds.put(request.requestId(), request.referrerId());
        if (engine.rankingDeferred()) {
            return Effects.NONE;
        }
        MatchingEngine.Ranking ranking = engine.ranking(request.requestId());
        List<UnmetNeed> newlyUnmet = new ArrayList<>();
        checkUnmet(ranking, newlyUnmet);
        return new Effects(List.of(ranking), newlyUnmet);
    }

    /** The ranking of every open request. */
    public synchronized List<MatchingEngine.Ranking> rankings() {
        requireRanked();
        return referrerIds.keySet().stream().map(engine::ranking).toList();
    }

    public MatchingEngine.Ranking ranking(UUID requestId) {
        requireRanked();
        synchronized (this) {
            return engine.ranking(requestId);
        }
    }

    /** The opaque id of the referrer who submitted the request, or null. */
    public synchronized String referrerOf(UUID requestId) {
        return referrerIds.get(requestId);
    }

    public List<MatchingEngine.Candidate> candidates(String unitId, int limit) {
        requireRanked();
        synchronized (this) {
            return engine.candidates(unitId, limit);
        }
    }

    public synchronized UnitProfileUpdated profile(String unitId) {
        return profiles.get(unitId);
    }

    /**
     * Every unmet need, explained: what {@link #explainUnmetNeeds} has not reached yet is explained
     * now, in turns of the lock too. Only needs of a rebuild are ever unexplained, so none is left
     * after the turns.
     */
    public List<UnmetNeed> unmetNeeds() {
        explainUnmetNeeds();
        synchronized (this) {
            return List.copyOf(unmet.values());
        }
    }

    /** Those of these requests whose need is unmet now, explained (in turns of the lock). */
    public List<UnmetNeed> unmetNeeds(Collection<UUID> requestIds) {
        Set<UUID> asked = Set.copyOf(requestIds);
        explainInTurns(asked);
        synchronized (this) {
            return asked.stream().filter(unmet::containsKey).map(unmet::get).toList();
        }
    }

    /** The requests whose need is unmet now. */
    public synchronized Set<UUID> unmetRequestIds() {
        return Set.copyOf(unmet.keySet());
    }

    /** A copy of the engine's units and primary open requests. */
    public Snapshot snapshot() {
        requireRanked();
        synchronized (this) {
            List<RequestView> requests = new ArrayList<>();
            for (UUID requestId : referrerIds.keySet()) {
                RequestView request = engine.request(requestId);
                if (request != null && request.linkedToRequestId() == null) {
                    requests.add(request);
                }
            }
            return new Snapshot(List.copyOf(engine.units()), requests);
        }
    }

    private Effects afterRankingsChanged(Set<UUID> changedRequestIds) {
        List<MatchingEngine.Ranking> changed = new ArrayList<>(changedRequestIds.size());
        List<UnmetNeed> newlyUnmet = new ArrayList<>();
        for (UUID requestId : changedRequestIds) {
            MatchingEngine.Ranking ranking = engine.ranking(requestId);
            changed.add(ranking);
            checkUnmet(ranking, newlyUnmet);
        }
        return new Effects(changed, newlyUnmet);
    }

    private void checkUnmet(MatchingEngine.Ranking ranking, List<UnmetNeed> newlyUnmet) {
        UUID requestId = ranking.request().requestId();
        // A request with a proposal out is being placed: the places it holds itself do not make it unmet.
        if (ranking.fitting() > 0 || beingPlaced.contains(requestId)) {
            unmet.remove(requestId);
        } else if (!unmet.containsKey(requestId)) {
            UnmetNeed need = new UnmetNeed(ranking.request(), engine.nearMissExclusions(requestId, nearMisses),
                    OffsetDateTime.now());
            unmet.put(requestId, need);
            newlyUnmet.add(need);
        }
    }
}
