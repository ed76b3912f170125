package nl.plekwijzer.availability.status.rest;

import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.availability.status.service.StatusIntake;
import nl.plekwijzer.contracts.events.BedStatusReported;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;

@Path("/api/v1/status-reports")
@Produces(MediaType.APPLICATION_JSON)
public class StatusBatchResource {

    private final StatusIntake intake;
    private final Caller caller;
    private final Validator validator;

    public StatusBatchResource(StatusIntake intake, Caller caller, Validator validator) {
        this.intake = intake;
        this.caller = caller;
        this.validator = validator;
    }

    /**
     * Up to 1,000 reports for the caller's units, all or nothing: 413 above that, 422 naming
     * {@code reports[i].field} when any report is wrong, 202 once the broker has them all.
     * The size is checked before the contents, so it is validated here rather than on the parameter.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVIDER, Roles.ADMIN })
    public Uni<Response> reportAll(@NotNull StatusReportBatchRequest batch) {
        if (batch.reports() != null && batch.reports().size() > StatusReportBatchRequest.MAX_REPORTS) {
            throw Problems.tooLarge("reports", "At most " + StatusReportBatchRequest.MAX_REPORTS
                    + " reports at once; this batch has " + batch.reports().size());
        }
        var violations = validator.validate(batch);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<BedStatusReported> events = batch.reports().stream()
                .map(r -> new BedStatusReported(StatusResource.orNew(r.eventId()), r.unitId(), r.occurredAt(),
                        r.availablePlaces(), r.occupiedPlaces(), r.heldBackPlaces(), r.light(), r.reasonCode(), r.reason(), r.expectedAvailableFrom()))
                .toList();
        return intake.reportAll(events, caller).map(eventIds -> Response.accepted(
                Map.of("accepted", eventIds.size(), "eventIds", eventIds)).build());
    }
}
