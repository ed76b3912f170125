package nl.plekwijzer.matching.placement.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.matching.placement.repository.PlacementRepository;
import nl.plekwijzer.matching.security.Roles;

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
    @WithSession
    public Uni<List<PlacementResponse>> forRequest(@QueryParam("requestId") UUID requestId) {
        if (requestId == null) {
            throw HttpProblem.builder()
                    .withType(URI.create("https://plekwijzer.nl/problems/missing-parameter"))
                    .withTitle("Missing parameter")
                    .withStatus(Response.Status.BAD_REQUEST)
                    .withDetail("Query parameter 'requestId' is required")
                    .with("field", "requestId")
                    .build();
        }
        return placements.forRequest(requestId).map(list -> list.stream().map(PlacementResponse::of).toList());
    }
}
