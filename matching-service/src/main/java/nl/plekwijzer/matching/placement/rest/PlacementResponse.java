package nl.plekwijzer.matching.placement.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Set;
import java.util.UUID;

import nl.plekwijzer.contracts.IntendedDestination;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.matching.placement.Placement;

/**
 * A placement as coordinators and its provider see it; the youth only by request id (their 18th
 * birthday only as a flag). {@code expectedEndDate}: a crisis stay's end or a treatment stay's
 * expected end; {@code flags}: what needs a look today.
 */
public record PlacementResponse(UUID placementId, UUID requestId, UUID proposalId, String unitId, String providerId,
        UnitKind kind, String responsibleMunicipalityCode, LocalDate startDate, boolean bridgingPlacement,
        boolean replacement, Placement.State state, OffsetDateTime placedAt, LocalDate endedOn,
        Placement.Destination destination, String endReason, LocalDate crisisEndDate, LocalDate expectedEndDate,
        IntendedDestination intendedDestination, UUID followUpOf, Set<Placement.Flag> flags) {

    static PlacementResponse of(Placement p, LocalDate today, Period treatmentStay) {
        return new PlacementResponse(p.placementId(), p.requestId(), p.proposalId(), p.unitId(), p.providerId(),
                p.kind(), p.responsibleMunicipalityCode(), p.startDate(), p.bridgingPlacement(), p.replacement(),
                p.state(), p.placedAt(), p.endedOn(), p.destination(), p.endReason(), p.crisisEndDate(),
                p.expectedEndDate(treatmentStay), p.intendedDestination(), p.followUpOf(),
                p.flags(today, treatmentStay));
    }
}
