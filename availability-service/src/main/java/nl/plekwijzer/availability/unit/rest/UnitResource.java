package nl.plekwijzer.availability.unit.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.availability.security.Roles;
import nl.plekwijzer.availability.unit.repository.UnitRepository;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitRepository units;

    public UnitResource(UnitRepository units) {
        this.units = units;
    }

    @GET
    @Path("/{unitId}")
    @RolesAllowed({ Roles.PROVIDER, Roles.COORDINATOR, Roles.REFERRER, Roles.ADMIN })
    @WithSession
    public Uni<UnitResponse> get(@PathParam("unitId") String unitId) {
        return units.findById(unitId)
                .onItem().ifNull().failWith(() -> HttpProblem.builder()
                        .withType(java.net.URI.create("https://plekwijzer.nl/problems/unit-not-found"))
                        .withTitle("Unit not found")
                        .withStatus(Response.Status.NOT_FOUND)
                        .withDetail("No unit with unitId '" + unitId + "'")
                        .with("field", "unitId")
                        .build())
                .map(UnitResponse::of);
    }
}
