package nl.plekwijzer.matching.placement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.contracts.UnitKind;

/**
 * A youth placed in a unit.
 *
 * @param bridgingPlacement a stay that only bridges until the fitting follow-up place is free (domain rule 6)
 * @param responsibleMunicipalityCode the municipality responsible for the youth (domain rule 12)
 */
public record Placement(UUID placementId, UUID requestId, UUID proposalId, String unitId, String providerId,
        UnitKind kind, String responsibleMunicipalityCode, LocalDate startDate, boolean bridgingPlacement,
        State state, OffsetDateTime placedAt) {

    public enum State {
        ACTIVE, ENDED
    }
}
