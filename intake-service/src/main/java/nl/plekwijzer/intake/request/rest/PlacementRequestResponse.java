package nl.plekwijzer.intake.request.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.contracts.events.PlacementRequestUpdated.Status;
import nl.plekwijzer.intake.request.PlacementRequest;

/** A request as its referrer and coordinators read it: the form (without the BSN) and its state. */
public record PlacementRequestResponse(
        UUID requestId,
        Status status,
        UUID linkedToRequestId,
        String closedReason,
        PlacementRequestForm.Youth youth,
        String responsibleMunicipalityCode,
        PlacementRequestForm.Referrer referrer,
        PlacementRequestForm.Needs needs,
        PlacementRequestForm.Perspective perspective,
        PlacementRequestForm.Decision decision,
        String region,
        OffsetDateTime submittedAt,
        OffsetDateTime updatedAt) {

    public static PlacementRequestResponse of(PlacementRequest request, PlacementRequestForm form) {
        return new PlacementRequestResponse(request.requestId, request.status, request.linkedToRequestId,
                request.closedReason, form.youth(), form.responsibleMunicipalityCode(), form.referrer(), form.needs(),
                form.perspective(), form.decision(), form.region(), request.submittedAt, request.updatedAt);
    }
}
