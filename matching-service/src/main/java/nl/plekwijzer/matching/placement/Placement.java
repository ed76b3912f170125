package nl.plekwijzer.matching.placement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A youth placed in a unit.
 *
 * @param bridgingPlacement a stay that only bridges until the fitting follow-up place is free (domain rule 6)
 */
public record Placement(UUID placementId, UUID requestId, String unitId, String providerId, boolean bridgingPlacement,
        OffsetDateTime placedAt) {
}
