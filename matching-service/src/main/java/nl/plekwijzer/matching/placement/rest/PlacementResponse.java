package nl.plekwijzer.matching.placement.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.matching.placement.Placement;

public record PlacementResponse(UUID placementId, UUID requestId, UUID proposalId, String unitId, String providerId,
        UnitKind kind, String responsibleMunicipalityCode, LocalDate startDate, boolean bridgingPlacement,
        Placement.State state, OffsetDateTime placedAt) {

    static PlacementResponse of(Placement p) {
        return new PlacementResponse(p.placementId(), p.requestId(), p.proposalId(), p.unitId(), p.providerId(),
                p.kind(), p.responsibleMunicipalityCode(), p.startDate(), p.bridgingPlacement(), p.state(),
                p.placedAt());
    }
}
