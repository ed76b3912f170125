package nl.plekwijzer.matching.plan.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.plan.AllocationPlanner;
import nl.plekwijzer.matching.security.Roles;
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

    @POST
    @Blocking
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    public PlanResponse plan() {
        long start = System.nanoTime();
        MatchingState.Snapshot snapshot = state.snapshot();
        var units = snapshot.units().stream().filter(u -> u.availablePlaces() > 0).toList();
        AllocationPlanner.Plan plan = planner.optimal(snapshot.requests(), units);
        AllocationPlanner.Plan greedy = planner.greedy(snapshot.requests(), units);
        List<Assignment> assignments = plan.assignments().stream()
                .map(a -> new Assignment(a.request().requestId(), a.request().urgency(), a.unit().unitId(),
                        a.unit().providerId(), round(a.score())))
                .toList();
        return new PlanResponse(OffsetDateTime.now(), snapshot.requests().size(),
                units.stream().mapToInt(u -> u.availablePlaces()).sum(), Outcome.of(plan), Outcome.of(greedy),
                assignments, (System.nanoTime() - start) / 1_000_000);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
