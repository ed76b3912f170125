package nl.plekwijzer.matching.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;

/**
 * Ranked suggestions for every open request, kept up to date as units and requests change. For
 * each request it shows the best {@code shown} fitting units and, per hard rule, how many units that
 * rule excluded first. Units and requests are indexed by kind: a unit change is checked only
 * against the requests that accept its kind, and its score placed into their kept lists. A request
 * keeps up to twice {@code shown}, so that units dropping out of its list rarely force a full
 * ranking: that happens only when fewer than {@code shown} are left and others wait behind them.
 * Invariant: every fitting unit that is not kept ranks below every kept one.
 * Not thread-safe: callers serialise access.
 */
public final class MatchingEngine {

    /** A fitting unit and its score for one request. */
    public record Ranked(UnitView unit, double score, Double homeKm) {
    }

    /**
     * A request's current suggestions (best first), the units each hard rule excluded, and the
     * ambulant programmes that could stand in for a stay, lightest first (empty unless the request
     * allows one).
     */
    public record Ranking(RequestView request, List<Ranked> top, Map<HardRule, Integer> excluded, int fitting,
            List<ProgrammeView> alternatives) {
    }

    /** A waiting request that fits a unit. */
    public record Candidate(RequestView request, double score, Double homeKm) {
    }

    static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(Ranked::homeKm, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.unit().unitId());

    /**
     * Crisis first; among equal urgency a youth leaving crisis care for the follow-up place (domain
     * rule 20); then the best fit, then who waited longest.
     */
    static final Comparator<Candidate> CANDIDATE_ORDER = Comparator
            .comparing((Candidate c) -> c.request().urgency() == null ? Urgency.REGULAR : c.request().urgency())
            .thenComparing(c -> !c.request().followUpAfterCrisis())
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
            .thenComparing(c -> c.request().submittedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.request().requestId());

    private static final HardRule[] RULES = HardRule.values();

    private final Scoring scoring;
    private final int shown;
    private final int keep;
    private final Map<String, UnitView> units = new HashMap<>();
    private final Map<UnitKind, Map<String, UnitView>> unitsByKind = new EnumMap<>(UnitKind.class);
    private final Map<UUID, RequestState> requests = new HashMap<>();
    private final Map<String, ProgrammeView> programmes = new HashMap<>();
    /** The open requests that accept each kind: only they can be affected by a unit of that kind. */
    private final Map<UnitKind, Set<RequestState>> requestsByKind = new EnumMap<>(UnitKind.class);
    /** While the state is rebuilt: changes are stored only, and {@link #rankAll} ranks once at the end. */
    private boolean deferred;

    private static final class RequestState {
        final RequestView request;
        final List<Ranked> top = new ArrayList<>();
        final int[] excluded = new int[RULES.length];
        int fitting;

        RequestState(RequestView request) {
            this.request = request;
        }
    }

    public MatchingEngine(Scoring scoring, int shown) {
        this.scoring = scoring;
        this.shown = shown;
        this.keep = 2 * shown;
        for (UnitKind kind : UnitKind.values()) {
            unitsByKind.put(kind, new HashMap<>());
            requestsByKind.put(kind, new LinkedHashSet<>());
        }
    }

    /**
     * From now until {@link #rankAll}: units, requests and programmes are stored without ranking
     * anything, and every change reports that no ranking changed. Rebuilding the region from its
     * topics this way ranks each request once instead of once for every unit event on the way.
     */
    public void deferRanking() {
        deferred = true;
    }

    public boolean rankingDeferred() {
        return deferred;
    }

    /**
     * Ranks every request from scratch, on every core (a request's ranking reads the units and
     * writes only its own state), and ranks each change as it comes from then on.
     */
    public void rankAll() {
        requests.values().parallelStream().forEach(this::rankInFull);
        deferred = false;
    }

    public Scoring scoring() {
        return scoring;
    }

    public int unitCount() {
        return units.size();
    }

    public int requestCount() {
        return requests.size();
    }

    public UnitView unit(String unitId) {
        return units.get(unitId);
    }

    public Collection<UnitView> units() {
        return units.values();
    }

    public RequestView request(UUID requestId) {
        RequestState state = requests.get(requestId);
        return state == null ? null : state.request;
    }

    /** The current ranking of an open request, or null when the request is unknown or closed. */
    public Ranking ranking(UUID requestId) {
        RequestState state = requests.get(requestId);
        if (state == null) {
            return null;
        }
        Map<HardRule, Integer> excluded = new EnumMap<>(HardRule.class);
        for (HardRule rule : RULES) {
            if (state.excluded[rule.ordinal()] > 0) {
                excluded.put(rule, state.excluded[rule.ordinal()]);
            }
        }
        return new Ranking(state.request, List.copyOf(state.top.subList(0, Math.min(shown, state.top.size()))),
                excluded, state.fitting, alternativesFor(state.request));
    }

    private List<ProgrammeView> alternativesFor(RequestView request) {
        if (!request.ambulantAlternativeAllowed()) {
            return List.of();
        }
        return programmes.values().stream().filter(p -> p.servesAsAlternativeFor(request))
                .sorted(ProgrammeView.LIGHTEST_FIRST).toList();
    }

    /**
     * Adds or replaces an active ambulant programme.
     *
     * @return the requests whose alternatives changed
     */
    public Set<UUID> putProgramme(ProgrammeView programme) {
        ProgrammeView old = programmes.put(programme.programmeId(), programme);
        return requestsServedBy(old, programme);
    }

    /** Removes a programme (withdrawn); returns the requests whose alternatives changed. */
    public Set<UUID> removeProgramme(String programmeId) {
        return requestsServedBy(programmes.remove(programmeId), null);
    }

    private Set<UUID> requestsServedBy(ProgrammeView old, ProgrammeView now) {
        if (deferred) {
            return Set.of();
        }
        Set<UUID> changed = new LinkedHashSet<>();
        for (RequestState state : requests.values()) {
            if (old != null && old.servesAsAlternativeFor(state.request)
                    || now != null && now.servesAsAlternativeFor(state.request)) {
                changed.add(state.request.requestId());
            }
        }
        return changed;
    }

    /** Adds or replaces an open request and ranks it in full. */
    public void putRequest(RequestView request) {
        removeRequest(request.requestId());
        RequestState state = new RequestState(request);
        if (!deferred) {
            rankInFull(state);
        }
        requests.put(request.requestId(), state);
        request.acceptableKinds().forEach(kind -> requestsByKind.get(kind).add(state));
    }

    public void removeRequest(UUID requestId) {
        RequestState state = requests.remove(requestId);
        if (state != null) {
            state.request.acceptableKinds().forEach(kind -> requestsByKind.get(kind).remove(state));
        }
    }

    /**
     * Adds or replaces a unit and updates every request's ranking.
     *
     * @return the requests whose suggestions changed
     */
    public Set<UUID> putUnit(UnitView unit) {
        UnitView old = units.put(unit.unitId(), unit);
        if (old != null) {
            unitsByKind.get(old.kind()).remove(old.unitId());
        }
        unitsByKind.get(unit.kind()).put(unit.unitId(), unit);
        if (deferred) {
            return Set.of();
        }
        if (old == null) {
            // A new unit counts as excluded by its kind for every request that does not accept it.
            forRequestsNotAccepting(unit.kind(), state -> state.excluded[HardRule.KIND_ACCEPTABLE.ordinal()]++);
        }
        if (old != null && old.kind() != unit.kind()) {
            // Requests accepting neither kind saw it excluded by kind before and after: no change.
            forRequestsNotAccepting(unit.kind(), state -> {
                if (state.request.acceptableKinds().contains(old.kind())) {
                    state.excluded[HardRule.KIND_ACCEPTABLE.ordinal()]++;
                }
            });
            forRequestsNotAccepting(old.kind(), state -> {
                if (state.request.acceptableKinds().contains(unit.kind())) {
                    state.excluded[HardRule.KIND_ACCEPTABLE.ordinal()]--;
                }
            });
        }
        Set<UUID> changed = new LinkedHashSet<>();
        Set<RequestState> affected = new LinkedHashSet<>(requestsByKind.get(unit.kind()));
        if (old != null) {
            affected.addAll(requestsByKind.get(old.kind()));
        }
        for (RequestState state : affected) {
            UnitView before = old != null && state.request.acceptableKinds().contains(old.kind()) ? old : null;
            UnitView after = state.request.acceptableKinds().contains(unit.kind()) ? unit : null;
            if (update(state, before, after, unit.unitId())) {
                changed.add(state.request.requestId());
            }
        }
        return changed;
    }

    /** Removes a unit; returns the requests whose suggestions changed. */
    public Set<UUID> removeUnit(String unitId) {
        UnitView old = units.remove(unitId);
        Set<UUID> changed = new LinkedHashSet<>();
        if (old != null) {
            unitsByKind.get(old.kind()).remove(unitId);
            if (deferred) {
                return changed;
            }
            forRequestsNotAccepting(old.kind(), state -> state.excluded[HardRule.KIND_ACCEPTABLE.ordinal()]--);
            for (RequestState state : requestsByKind.get(old.kind())) {
                if (update(state, old, null, unitId)) {
                    changed.add(state.request.requestId());
                }
            }
        }
        return changed;
    }

    private void forRequestsNotAccepting(UnitKind kind, java.util.function.Consumer<RequestState> action) {
        for (RequestState state : requests.values()) {
            if (!state.request.acceptableKinds().contains(kind)) {
                action.accept(state);
            }
        }
    }

    /** The waiting requests that fit a unit, in {@link #CANDIDATE_ORDER}. */
    public List<Candidate> candidates(String unitId, int limit) {
        UnitView unit = units.get(unitId);
        if (unit == null) {
            return List.of();
        }
        PriorityQueue<Candidate> worstFirst = new PriorityQueue<>(CANDIDATE_ORDER.reversed());
        for (RequestState state : requestsByKind.get(unit.kind())) {
            if (state.request.linkedToRequestId() != null) {
                continue;
            }
            Pair pair = Pair.of(state.request, unit);
            if (HardRule.allAdmit(pair)) {
                worstFirst.add(new Candidate(state.request, scoring.score(pair), pair.homeKm()));
                if (worstFirst.size() > limit) {
                    worstFirst.poll();
                }
            }
        }
        List<Candidate> best = new ArrayList<>(worstFirst);
        best.sort(CANDIDATE_ORDER);
        return best;
    }

    /**
     * For a request nothing fits: the rules that exclude its nearest misses, the {@code nearest}
     * units that break the fewest rules (closer ones first on a tie), each rule counted once per unit.
     */
    public Map<HardRule, Integer> nearMissExclusions(UUID requestId, int nearest) {
        RequestState state = requests.get(requestId);
        Map<HardRule, Integer> exclusions = new EnumMap<>(HardRule.class);
        if (state == null) {
            return exclusions;
        }
        record Miss(List<HardRule> broken, Double km) {
        }
        Comparator<Miss> nearestFirst = Comparator.comparingInt((Miss m) -> m.broken().size())
                .thenComparing(Miss::km, Comparator.nullsLast(Comparator.naturalOrder()));
        PriorityQueue<Miss> farthestFirst = new PriorityQueue<>(nearestFirst.reversed());
        for (UnitView unit : units.values()) {
            Pair pair = Pair.of(state.request, unit);
            List<HardRule> broken = HardRule.broken(pair);
            if (!broken.isEmpty()) {
                farthestFirst.add(new Miss(broken, pair.homeKm()));
                if (farthestFirst.size() > nearest) {
                    farthestFirst.poll();
                }
            }
        }
        farthestFirst.forEach(miss -> miss.broken().forEach(rule -> exclusions.merge(rule, 1, Integer::sum)));
        return exclusions;
    }

    /**
     * Brings one request up to date with one unit change. {@code old} and {@code now} are null when
     * the request does not accept that version's kind (its kind count is kept by the caller).
     */
    private boolean update(RequestState state, UnitView old, UnitView now, String unitId) {
        boolean fitted = false;
        if (old != null) {
            HardRule broken = HardRule.firstBroken(Pair.of(state.request, old));
            fitted = broken == null;
            if (fitted) {
                state.fitting--;
            } else {
                state.excluded[broken.ordinal()]--;
            }
        }
        Pair pair = now == null ? null : Pair.of(state.request, now);
        boolean fits = false;
        if (pair != null) {
            HardRule broken = HardRule.firstBroken(pair);
            fits = broken == null;
            if (fits) {
                state.fitting++;
            } else {
                state.excluded[broken.ordinal()]++;
            }
        }
        // Only fitting units are kept, so one that did not fit is not in the list.
        int index = fitted ? indexOf(state.top, unitId) : -1;
        // Fitting units, other than this one, that are not kept: all rank below the kept ones.
        int othersOutside = state.fitting - (fits ? 1 : 0) - (state.top.size() - (index >= 0 ? 1 : 0));
        if (fits) {
            Ranked ranked = new Ranked(now, scoring.score(pair), pair.homeKm());
            if (index >= 0) {
                state.top.set(index, ranked);
                state.top.sort(BEST_FIRST);
                // Fallen to the end, it may now rank below a unit that is not kept: let it go too.
                if (state.top.get(state.top.size() - 1) == ranked && othersOutside > 0) {
                    state.top.remove(state.top.size() - 1);
                }
            } else if (othersOutside == 0 && state.top.size() < keep
                    || !state.top.isEmpty() && BEST_FIRST.compare(ranked, state.top.get(state.top.size() - 1)) < 0) {
                insertSorted(state.top, ranked);
                if (state.top.size() > keep) {
                    state.top.remove(state.top.size() - 1);
                }
            }
        } else if (index >= 0) {
            state.top.remove(index);
        }
        if (state.top.size() < shown && state.fitting > state.top.size()) {
            rankInFull(state);
            return true;
        }
        int indexAfter = fits ? indexOf(state.top, unitId) : -1;
        // What is shown changed when the unit was or is among the shown ones.
        return index >= 0 && index < shown || indexAfter >= 0 && indexAfter < shown;
    }

    private void rankInFull(RequestState state) {
        java.util.Arrays.fill(state.excluded, 0);
        state.fitting = 0;
        PriorityQueue<Ranked> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());
        for (UnitKind kind : UnitKind.values()) {
            Map<String, UnitView> ofKind = unitsByKind.get(kind);
            if (!state.request.acceptableKinds().contains(kind)) {
                state.excluded[HardRule.KIND_ACCEPTABLE.ordinal()] += ofKind.size();
                continue;
            }
            for (UnitView unit : ofKind.values()) {
                Pair pair = Pair.of(state.request, unit);
                HardRule broken = HardRule.firstBroken(pair);
                if (broken != null) {
                    state.excluded[broken.ordinal()]++;
                    continue;
                }
                state.fitting++;
                Ranked ranked = new Ranked(unit, scoring.score(pair), pair.homeKm());
                if (worstFirst.size() < keep) {
                    worstFirst.add(ranked);
                } else if (BEST_FIRST.compare(ranked, worstFirst.peek()) < 0) {
                    worstFirst.poll();
                    worstFirst.add(ranked);
                }
            }
        }
        state.top.clear();
        state.top.addAll(worstFirst);
        state.top.sort(BEST_FIRST);
    }

    private static int indexOf(List<Ranked> top, String unitId) {
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).unit().unitId().equals(unitId)) {
                return i;
            }
        }
        return -1;
    }

    private static void insertSorted(List<Ranked> top, Ranked ranked) {
        int at = java.util.Collections.binarySearch(top, ranked, BEST_FIRST);
        top.add(at < 0 ? -at - 1 : at, ranked);
    }
}
