package nl.plekwijzer.intake.request.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.contracts.events.PlacementRequestUpdated.Status;
import nl.plekwijzer.intake.request.PlacementRequest;

public record PlacementRequestResponse(UUID requestId, Status status, OffsetDateTime submittedAt,
        OffsetDateTime updatedAt) {

    static PlacementRequestResponse of(PlacementRequest request) {
        return new PlacementRequestResponse(request.requestId, request.status, request.submittedAt, request.updatedAt);
    }
}
