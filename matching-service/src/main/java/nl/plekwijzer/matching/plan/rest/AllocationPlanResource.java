package nl.plekwijzer.matching.plan.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.plan.AllocationPlanner;
import nl.plekwijzer.matching.state.MatchingState;

/**
 * A region-wide allocation plan over the free places and the waiting (primary) requests of this
 * moment, with how it compares to assigning greedily in waiting order. A plan is advice for the
 * coordinator, who turns it into proposals; it is not stored.
 */
@Path("/api/v1/allocation-plans")
@Produces(MediaType.APPLICATION_JSON)
public class AllocationPlanResource {

    /** Bounds the graph for large regions; at 2,000 requests and 500 places it leaves out no fitting unit. */
    public static final int CANDIDATES_PER_REQUEST = 100;
    /** A plan is for a region; beyond these the matching takes too long and too much memory. */
    public static final int MAX_REQUESTS = 5_000;
    public static final int MAX_PLACES = 2_000;

    public record Assignment(UUID requestId, Urgency urgency, String unitId, String providerId, BigDecimal score) {
    }

    public record Outcome(int placed, int crisisPlaced, BigDecimal totalScore) {

        static Outcome of(AllocationPlanner.Plan plan) {
            return new Outcome(plan.placed(), plan.crisisPlaced(), round(plan.totalScore()));
        }
    }

    public record PlanResponse(OffsetDateTime generatedAt, int waitingRequests, int freePlaces, Outcome plan,
            Outcome greedyInWaitingOrder, List<Assignment> assignments, long computedInMillis) {
    }

    private final MatchingState state;
    private final AllocationPlanner planner;

    public AllocationPlanResource(MatchingState state, Scoring scoring) {
        this.state = state;
        this.planner = new AllocationPlanner(scoring, CANDIDATES_PER_REQUEST);
    }

    /**
     * @param municipalityCodes the region: requests whose responsible municipality, and units whose
     *        municipality, is one of these; all when none is given
     */
    @POST
    @Blocking
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    public PlanResponse plan(@QueryParam("municipalityCode") List<String> municipalityCodes) {
        long start = System.nanoTime();
        MatchingState.Snapshot snapshot = state.snapshot();
        Set<String> region = Set.copyOf(municipalityCodes);
        var units = snapshot.units().stream()
                .filter(u -> u.availablePlaces() > 0 && (region.isEmpty() || region.contains(u.municipalityCode())))
                .toList();
        var requests = snapshot.requests().stream()
                .filter(r -> region.isEmpty() || region.contains(r.responsibleMunicipalityCode()))
                .toList();
        int places = units.stream().mapToInt(u -> u.availablePlaces()).sum();
        if (requests.size() > MAX_REQUESTS || places > MAX_PLACES) {
            throw Problems.invalid(List.of(new Violation("municipalityCode", ("%d waiting requests and %d free places"
                    + " are more than one plan takes (%d and %d): name the region's municipalities")
                    .formatted(requests.size(), places, MAX_REQUESTS, MAX_PLACES))));
        }
        AllocationPlanner.Plan plan = planner.optimal(requests, units);
        AllocationPlanner.Plan greedy = planner.greedy(requests, units);
        List<Assignment> assignments = plan.assignments().stream()
                .map(a -> new Assignment(a.request().requestId(), a.request().urgency(), a.unit().unitId(),
                        a.unit().providerId(), round(a.score())))
                .toList();
        return new PlanResponse(OffsetDateTime.now(), requests.size(), places, Outcome.of(plan), Outcome.of(greedy),
                assignments, (System.nanoTime() - start) / 1_000_000);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
