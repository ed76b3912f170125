package nl.plekwijzer.matching.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import nl.plekwijzer.matching.engine.HardRule;
import nl.plekwijzer.matching.engine.Pair;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.engine.UnitView;

/**
 * A region-wide plan: which waiting request gets which free place. CRISIS requests are planned
 * first, on all free places; then youths leaving crisis care for their follow-up place (domain rule
 * 20); the others on what is left. Within each round a maximum-weight
 * bipartite matching (JGraphT) between requests and places, where each edge weighs a constant
 * larger than any sum of scores plus the pair's score: the plan places as many youths as
 * possible, and among such plans has the highest total fit. Each request is offered its best
 * {@code candidatesPerRequest} fitting units, which bounds the graph.
 */
public final class AllocationPlanner {

    public record Assignment(RequestView request, UnitView unit, double score) {
    }

    public record Plan(List<Assignment> assignments, double totalScore, int placed, int crisisPlaced) {

        static Plan of(List<Assignment> assignments) {
            double total = assignments.stream().mapToDouble(Assignment::score).sum();
            int crisis = (int) assignments.stream().filter(a -> a.request().isCrisis()).count();
            return new Plan(List.copyOf(assignments), total, assignments.size(), crisis);
        }
    }

    /** The waiting order of the greedy baseline: crisis first, then follow-ups after a crisis, then who waited longest. */
    static final Comparator<RequestView> WAITING_ORDER = Comparator
            .comparing((RequestView r) -> !r.isCrisis())
            .thenComparing(r -> !r.followUpAfterCrisis())
            .thenComparing(RequestView::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RequestView::requestId);

    private final Scoring scoring;
    private final int candidatesPerRequest;

    public AllocationPlanner(Scoring scoring, int candidatesPerRequest) {
        this.scoring = scoring;
        this.candidatesPerRequest = candidatesPerRequest;
    }

    public Plan optimal(List<RequestView> requests, List<UnitView> units) {
        int[] freePlaces = freePlaces(units);
        List<Assignment> assignments = new ArrayList<>();
        assignments.addAll(matchRound(requests.stream().filter(RequestView::isCrisis).toList(), units, freePlaces));
        assignments.addAll(matchRound(requests.stream().filter(r -> !r.isCrisis() && r.followUpAfterCrisis()).toList(),
                units, freePlaces));
        assignments.addAll(matchRound(requests.stream().filter(r -> !r.isCrisis() && !r.followUpAfterCrisis()).toList(),
                units, freePlaces));
        return Plan.of(assignments);
    }

    /** The baseline: in waiting order, each request takes the best fitting place still free. */
    public Plan greedy(List<RequestView> requests, List<UnitView> units) {
        int[] freePlaces = freePlaces(units);
        List<Assignment> assignments = new ArrayList<>();
        for (RequestView request : requests.stream().sorted(WAITING_ORDER).toList()) {
            Assignment best = null;
            int bestUnit = -1;
            for (int u = 0; u < units.size(); u++) {
                if (freePlaces[u] == 0) {
                    continue;
                }
                Pair pair = Pair.of(request, units.get(u));
                if (HardRule.allAdmit(pair)) {
                    double score = scoring.score(pair);
                    if (best == null || score > best.score()) {
                        best = new Assignment(request, units.get(u), score);
                        bestUnit = u;
                    }
                }
            }
            if (best != null) {
                freePlaces[bestUnit]--;
                assignments.add(best);
            }
        }
        return Plan.of(assignments);
    }

    private List<Assignment> matchRound(List<RequestView> requests, List<UnitView> units, int[] freePlaces) {
        if (requests.isEmpty()) {
            return List.of();
        }
        // Vertices: requests 0..R-1, then one vertex per free place.
        int requestCount = requests.size();
        List<Integer> unitOfPlace = new ArrayList<>();
        int[] firstPlace = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            firstPlace[u] = requestCount + unitOfPlace.size();
            for (int p = 0; p < freePlaces[u]; p++) {
                unitOfPlace.add(u);
            }
        }
        SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> requestSide = new HashSet<>();
        Set<Integer> placeSide = new HashSet<>();
        for (int r = 0; r < requestCount; r++) {
            graph.addVertex(r);
            requestSide.add(r);
        }
        for (int p = 0; p < unitOfPlace.size(); p++) {
            graph.addVertex(requestCount + p);
            placeSide.add(requestCount + p);
        }
        double placementWeight = requestCount + 1.0;
        for (int r = 0; r < requestCount; r++) {
            for (ScoredUnit candidate : bestFitting(requests.get(r), units, freePlaces)) {
                for (int p = 0; p < freePlaces[candidate.unitIndex()]; p++) {
                    DefaultWeightedEdge edge = graph.addEdge(r, firstPlace[candidate.unitIndex()] + p);
                    graph.setEdgeWeight(edge, placementWeight + candidate.score());
                }
            }
        }
        MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching =
                new MaximumWeightBipartiteMatching<>(graph, requestSide, placeSide).getMatching();
        List<Assignment> assignments = new ArrayList<>();
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            int a = graph.getEdgeSource(edge);
            int b = graph.getEdgeTarget(edge);
            int request = Math.min(a, b);
            int unit = unitOfPlace.get(Math.max(a, b) - requestCount);
            assignments.add(new Assignment(requests.get(request), units.get(unit),
                    graph.getEdgeWeight(edge) - placementWeight));
            freePlaces[unit]--;
        }
        return assignments;
    }

    private record ScoredUnit(int unitIndex, double score) {
    }

    private List<ScoredUnit> bestFitting(RequestView request, List<UnitView> units, int[] freePlaces) {
        PriorityQueue<ScoredUnit> worstFirst = new PriorityQueue<>(Comparator.comparingDouble(ScoredUnit::score));
        for (int u = 0; u < units.size(); u++) {
            if (freePlaces[u] == 0) {
                continue;
            }
            Pair pair = Pair.of(request, units.get(u));
            if (HardRule.allAdmit(pair)) {
                worstFirst.add(new ScoredUnit(u, scoring.score(pair)));
                if (worstFirst.size() > candidatesPerRequest) {
                    worstFirst.poll();
                }
            }
        }
        return new ArrayList<>(worstFirst);
    }

    private static int[] freePlaces(List<UnitView> units) {
        int[] free = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            free[u] = Math.max(0, units.get(u).availablePlaces());
        }
        return free;
    }
}
