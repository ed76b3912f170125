package nl.plekwijzer.availability.unit.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.availability.unit.service.UnitService;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitService units;
    private final Caller caller;

    public UnitResource(UnitService units, Caller caller) {
        this.units = units;
        this.caller = caller;
    }

    /** Registers or updates a unit: 201 when new, 200 when replaced. */
    @PUT
    @Path("/{unitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVIDER, Roles.ADMIN })
    public Uni<Response> put(@PathParam("unitId") String unitId, @Valid @NotNull UnitProfileRequest profile) {
        return units.put(unitId, profile, caller).map(saved -> Response
                .status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(UnitResponse.of(saved.unit(), true))
                .build());
    }

    /**
     * A unit's profile. A provider reads its own, and a peer's that the peer opted in to show; a
     * referrer or peer does not see the address of a unit that accepts confidential placements.
     */
    @GET
    @Path("/{unitId}")
    @RolesAllowed({ Roles.PROVIDER, Roles.COORDINATOR, Roles.REFERRER, Roles.ADMIN })
    public Uni<UnitResponse> get(@PathParam("unitId") String unitId) {
        return units.find(unitId).map(found -> {
            var unit = found.orElseThrow(() -> Problems.notFound("unitId", "No unit with unitId '" + unitId + "'"));
            if (!unit.detailVisibleToPeers()) {
                caller.requireMayRead(unit.providerId(), "units");
            }
            boolean needToKnow = caller.isAdmin() || caller.isCoordinator() || unit.providerId().equals(caller.providerId());
            return UnitResponse.of(unit, needToKnow || !unit.acceptsConfidential());
        });
    }
}
