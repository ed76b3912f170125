package nl.plekwijzer.matching.placement.rest;

import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.foundation.problem.Params;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.matching.placement.Placement;
import nl.plekwijzer.matching.placement.repository.PlacementRepository;

@Path("/api/v1/placements")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    private final PlacementRepository placements;

    public PlacementResource(PlacementRepository placements) {
        this.placements = placements;
    }

    /** Placements of a request, a unit or a responsible municipality, optionally in one state; newest first. */
    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    public Uni<List<PlacementResponse>> search(@QueryParam("requestId") UUID requestId,
            @QueryParam("unitId") String unitId, @QueryParam("municipalityCode") String municipalityCode,
            @QueryParam("state") String state, @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        if (requestId == null && unitId == null && municipalityCode == null) {
            throw Problems.base(Response.Status.BAD_REQUEST, "missing-parameter",
                    "Give requestId, unitId or municipalityCode").with("field", "requestId").build();
        }
        Placement.State wanted = Params.enumValue(state, Placement.State.class, "state");
        return placements.search(requestId, unitId, municipalityCode, wanted, limit)
                .map(list -> list.stream().map(PlacementResponse::of).toList());
    }
}
