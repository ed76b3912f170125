package nl.plekwijzer.matching.placement.rest;

import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.matching.placement.repository.PlacementRepository;

@Path("/api/v1/placements")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    private final PlacementRepository placements;

    public PlacementResource(PlacementRepository placements) {
        this.placements = placements;
    }

    /** The placements of one request, newest first. */
    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    public Uni<List<PlacementResponse>> forRequest(@QueryParam("requestId") UUID requestId) {
        if (requestId == null) {
            throw Problems.base(Response.Status.BAD_REQUEST, "missing-parameter",
                    "Query parameter 'requestId' is required").with("field", "requestId").build();
        }
        return placements.forRequest(requestId).map(list -> list.stream().map(PlacementResponse::of).toList());
    }
}
