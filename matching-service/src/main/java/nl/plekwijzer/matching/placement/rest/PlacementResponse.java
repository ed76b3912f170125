package nl.plekwijzer.matching.placement.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.matching.placement.Placement;

/** A placement as coordinators see it; the youth only by request id. */
public record PlacementResponse(UUID placementId, UUID requestId, UUID proposalId, String unitId, String providerId,
        UnitKind kind, String responsibleMunicipalityCode, LocalDate startDate, boolean bridgingPlacement,
        boolean replacement, Placement.State state, OffsetDateTime placedAt, LocalDate endedOn,
        Placement.Destination destination, String endReason, LocalDate crisisEndDate) {

    static PlacementResponse of(Placement p) {
        return new PlacementResponse(p.placementId(), p.requestId(), p.proposalId(), p.unitId(), p.providerId(),
                p.kind(), p.responsibleMunicipalityCode(), p.startDate(), p.bridgingPlacement(), p.replacement(),
                p.state(), p.placedAt(), p.endedOn(), p.destination(), p.endReason(), p.crisisEndDate());
    }
}
