package nl.plekwijzer.availability.status.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import nl.plekwijzer.availability.status.repository.StatusRepository;
import nl.plekwijzer.availability.status.service.StatusIntake;
import nl.plekwijzer.availability.unit.service.UnitService;
import nl.plekwijzer.contracts.events.BedStatusReported;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    private final StatusIntake intake;
    private final StatusRepository statuses;
    private final UnitService units;
    private final Caller caller;

    public StatusResource(StatusIntake intake, StatusRepository statuses, UnitService units, Caller caller) {
        this.intake = intake;
        this.statuses = statuses;
        this.units = units;
        this.caller = caller;
    }

    /** 202 once the broker has the report; the state is readable moments later. */
    @POST
    @Path("/{unitId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVIDER, Roles.ADMIN })
    public Uni<Response> report(@PathParam("unitId") String unitId, @Valid @NotNull StatusReportRequest report) {
        BedStatusReported event = new BedStatusReported(orNew(report.eventId()), unitId, report.occurredAt(),
                report.availablePlaces(), report.occupiedPlaces(), report.heldBackPlaces(), report.light(),
                report.reasonCode(), report.reason(), report.expectedAvailableFrom());
        return intake.report(unitId, event, caller)
                .map(eventId -> Response.accepted(Map.of("eventId", eventId)).build());
    }

    /** The status events of a unit, newest first: for its provider and for coordinators. */
    @GET
    @Path("/{unitId}/history")
    @RolesAllowed({ Roles.PROVIDER, Roles.COORDINATOR, Roles.ADMIN })
    public Uni<HistoryResponse> history(@PathParam("unitId") String unitId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return units.find(unitId).flatMap(found -> {
            var unit = found.orElseThrow(() -> Problems.notFound("unitId", "No unit with unitId '" + unitId + "'"));
            caller.requireMayRead(unit.providerId(), "units");
            return statuses.historySize(unitId).flatMap(total -> statuses.history(unitId, page, size)
                    .map(events -> new HistoryResponse(unitId, page, size, total, events)));
        });
    }

    public record HistoryResponse(String unitId, int page, int size, long total,
            List<StatusRepository.HistoryRow> events) {
    }

    static UUID orNew(UUID eventId) {
        return eventId != null ? eventId : UUID.randomUUID();
    }
}
