package nl.plekwijzer.matching.placement.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.foundation.problem.Params;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.matching.config.MatchingConfig;
import nl.plekwijzer.matching.placement.Placement;
import nl.plekwijzer.matching.placement.repository.PlacementRepository;
import nl.plekwijzer.matching.placement.service.PlacementService;

@Path("/api/v1/placements")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    /** How many placements a flag search looks at: every active stay of a region fits. */
    private static final int FLAG_SCAN_LIMIT = 20_000;

    public record EndRequest(@NotNull String destination, LocalDate endedOn, @Size(max = 500) String reason) {
    }

    private final PlacementRepository placements;
    private final PlacementService service;
    private final Caller caller;
    private final MatchingConfig config;
    private final Clock clock;

    public PlacementResource(PlacementRepository placements, PlacementService service, Caller caller,
            MatchingConfig config, Clock clock) {
        this.placements = placements;
        this.service = service;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Ends a placement (its provider, a coordinator): when, where the youth went (HOME, FOSTER_FAMILY,
     * INDEPENDENT, ANOTHER_PLACEMENT, OTHER) and why. The place is free again.
     */
    @POST
    @Path("/{placementId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVIDER, Roles.COORDINATOR, Roles.ADMIN })
    public Uni<PlacementResponse> end(@PathParam("placementId") UUID placementId, @Valid @NotNull EndRequest body) {
        Placement.Destination destination = Params.enumValue(body.destination(), Placement.Destination.class,
                "destination");
        if (destination == null) {
            throw Problems.invalid("destination", "is required");
        }
        return service.end(placementId, body.endedOn(), destination, body.reason(), caller).map(this::response);
    }

    /**
     * Placements of a request, a unit or a responsible municipality, optionally in one state or with
     * one flag (active stays only: TREATMENT_PAST_EXPECTED_END, CROSSES_18TH_BIRTHDAY); newest first.
     * The coordinator's lists need none of the three: the region's bridging placements
     * ({@code state=BRIDGING}) and its flagged stays ({@code flag=}). A provider sees its own
     * placements only (so that it can end them).
     */
    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.PROVIDER })
    public Uni<List<PlacementResponse>> search(@QueryParam("requestId") UUID requestId,
            @QueryParam("unitId") String unitId, @QueryParam("municipalityCode") String municipalityCode,
            @QueryParam("state") String state, @QueryParam("flag") String flag,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        Placement.Listed wanted = Params.enumValue(state, Placement.Listed.class, "state");
        Placement.Flag flagged = Params.enumValue(flag, Placement.Flag.class, "flag");
        String onlyProvider = null;
        if (caller.isProviderOnly()) {
            onlyProvider = caller.providerId();
            if (onlyProvider == null) {
                throw Problems.forbidden("The token names no provider_id");
            }
        } else if (requestId == null && unitId == null && municipalityCode == null
                && wanted != Placement.Listed.BRIDGING && flagged == null) {
            throw Problems.base(Response.Status.BAD_REQUEST, "missing-parameter",
                    "Give requestId, unitId or municipalityCode (or state=BRIDGING, or a flag)")
                    .with("field", "requestId").build();
        }
        if (flagged == null) {
            return placements.search(requestId, unitId, municipalityCode, onlyProvider, wanted, limit)
                    .map(list -> list.stream().map(this::response).toList());
        }
        // Flags depend on today: the placements are read and the flagged ones kept (an ended stay has none).
        return placements.search(requestId, unitId, municipalityCode, onlyProvider, wanted, FLAG_SCAN_LIMIT)
                .map(list -> list.stream().map(this::response).filter(p -> p.flags().contains(flagged)).limit(limit)
                        .toList());
    }

    private PlacementResponse response(Placement placement) {
        return PlacementResponse.of(placement, LocalDate.now(clock), config.treatmentStay());
    }
}
