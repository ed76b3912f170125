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

import nl.plekwijzer.contracts.Urgency;

/**
 * Ranked suggestions for every open request, kept up to date as units and requests change. For
 * each request it keeps the best {@code keep} fitting units and, per hard rule, how many units that
 * rule excludes. A unit change touches every request, but only cheaply: its rules are checked and
 * its score placed into the kept list; a request is ranked in full again only when a unit leaves
 * its kept list and others wait behind it. Not thread-safe: callers serialise access.
 */
public final class MatchingEngine {

    /** A fitting unit and its score for one request. */
    public record Ranked(UnitView unit, double score, Double homeKm) {
    }

    /** A request's current suggestions (best first) and the units each hard rule excluded. */
    public record Ranking(RequestView request, List<Ranked> top, Map<HardRule, Integer> excluded, int fitting) {
    }

    /** A waiting request that fits a unit. */
    public record Candidate(RequestView request, double score, Double homeKm) {
    }

    static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(Ranked::homeKm, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.unit().unitId());

    /** Crisis first, then the best fit, then who waited longest. */
    static final Comparator<Candidate> CANDIDATE_ORDER = Comparator
            .comparing((Candidate c) -> c.request().urgency() == null ? Urgency.REGULAR : c.request().urgency())
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
            .thenComparing(c -> c.request().submittedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.request().requestId());

    private static final HardRule[] RULES = HardRule.values();

    private final Scoring scoring;
    private final int keep;
    private final Map<String, UnitView> units = new HashMap<>();
    private final Map<UUID, RequestState> requests = new HashMap<>();

    private static final class RequestState {
        final RequestView request;
        final List<Ranked> top = new ArrayList<>();
        final int[] excluded = new int[RULES.length];
        int fitting;

        RequestState(RequestView request) {
            this.request = request;
        }
    }

    public MatchingEngine(Scoring scoring, int keep) {
        this.scoring = scoring;
        this.keep = keep;
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
        return new Ranking(state.request, List.copyOf(state.top), excluded, state.fitting);
    }

    /** Adds or replaces an open request and ranks it in full. */
    public void putRequest(RequestView request) {
        RequestState state = new RequestState(request);
        rankInFull(state);
        requests.put(request.requestId(), state);
    }

    public void removeRequest(UUID requestId) {
        requests.remove(requestId);
    }

    /**
     * Adds or replaces a unit and updates every request's ranking.
     *
     * @return the requests whose suggestions changed
     */
    public Set<UUID> putUnit(UnitView unit) {
        UnitView old = units.put(unit.unitId(), unit);
        Set<UUID> changed = new LinkedHashSet<>();
        for (RequestState state : requests.values()) {
            if (update(state, old, unit)) {
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
            for (RequestState state : requests.values()) {
                if (update(state, old, null)) {
                    changed.add(state.request.requestId());
                }
            }
        }
        return changed;
    }

    /** The waiting requests that fit a unit: crisis first, then best fit, then longest waiting. */
    public List<Candidate> candidates(String unitId, int limit) {
        UnitView unit = units.get(unitId);
        if (unit == null) {
            return List.of();
        }
        PriorityQueue<Candidate> worstFirst = new PriorityQueue<>(CANDIDATE_ORDER.reversed());
        for (RequestState state : requests.values()) {
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

    private boolean update(RequestState state, UnitView old, UnitView now) {
        if (old != null) {
            List<HardRule> broken = HardRule.broken(Pair.of(state.request, old));
            broken.forEach(rule -> state.excluded[rule.ordinal()]--);
            if (broken.isEmpty()) {
                state.fitting--;
            }
        }
        Pair pair = now == null ? null : Pair.of(state.request, now);
        boolean fits = false;
        if (pair != null) {
            List<HardRule> broken = HardRule.broken(pair);
            broken.forEach(rule -> state.excluded[rule.ordinal()]++);
            fits = broken.isEmpty();
            if (fits) {
                state.fitting++;
            }
        }
        String unitId = (now != null ? now : old).unitId();
        int index = indexOf(state.top, unitId);
        if (fits) {
            Ranked ranked = new Ranked(now, scoring.score(pair), pair.homeKm());
            if (index >= 0) {
                state.top.set(index, ranked);
                state.top.sort(BEST_FIRST);
                // Now last of the kept list, it may have fallen below a unit that was not kept.
                boolean nowLast = state.top.get(state.top.size() - 1) == ranked;
                if (nowLast && state.fitting > state.top.size()) {
                    rankInFull(state);
                }
                return true;
            }
            if (state.top.size() < keep || BEST_FIRST.compare(ranked, state.top.get(state.top.size() - 1)) < 0) {
                insertSorted(state.top, ranked);
                if (state.top.size() > keep) {
                    state.top.remove(state.top.size() - 1);
                }
                return true;
            }
            return false;
        }
        if (index >= 0) {
            state.top.remove(index);
            if (state.fitting > state.top.size()) {
                rankInFull(state);
            }
            return true;
        }
        return false;
    }

    private void rankInFull(RequestState state) {
        java.util.Arrays.fill(state.excluded, 0);
        state.fitting = 0;
        PriorityQueue<Ranked> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());
        for (UnitView unit : units.values()) {
            Pair pair = Pair.of(state.request, unit);
            List<HardRule> broken = HardRule.broken(pair);
            if (broken.isEmpty()) {
                state.fitting++;
                worstFirst.add(new Ranked(unit, scoring.score(pair), pair.homeKm()));
                if (worstFirst.size() > keep) {
                    worstFirst.poll();
                }
            } else {
                broken.forEach(rule -> state.excluded[rule.ordinal()]++);
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
