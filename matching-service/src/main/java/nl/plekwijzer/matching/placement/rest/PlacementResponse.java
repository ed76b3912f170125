package nl.plekwijzer.matching.placement.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.matching.placement.Placement;

public record PlacementResponse(UUID placementId, UUID requestId, String unitId, String providerId,
        boolean bridgingPlacement, OffsetDateTime placedAt) {

    static PlacementResponse of(Placement placement) {
        return new PlacementResponse(placement.placementId(), placement.requestId(), placement.unitId(),
                placement.providerId(), placement.bridgingPlacement(), placement.placedAt());
    }
}
