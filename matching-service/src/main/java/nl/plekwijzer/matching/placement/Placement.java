package nl.plekwijzer.matching.placement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import nl.plekwijzer.contracts.UnitKind;

/**
 * A youth placed in a unit.
 *
 * @param bridgingPlacement a stay that only bridges until the fitting follow-up place is free (domain rule 6)
 * @param responsibleMunicipalityCode the municipality responsible for the youth (domain rule 12)
 * @param replacement a new placement within six months of one that ended in another placement
 * @param crisisEndDate the last day of a crisis stay ({@link CrisisClock}); null for another stay
 */
public record Placement(UUID placementId, UUID requestId, UUID proposalId, String unitId, String providerId,
        UnitKind kind, String responsibleMunicipalityCode, LocalDate startDate, boolean bridgingPlacement,
        String youthPseudonym, boolean replacement, State state, OffsetDateTime placedAt, LocalDate endedOn,
        Destination destination, String endReason, LocalDate crisisEndDate) {

    public enum State {
        ACTIVE, ENDED
    }

    /** How placements are listed: active (not bridging), bridging (a crisis stay past its end), ended. */
    public enum Listed {
        ACTIVE, BRIDGING, ENDED
    }

    /** Where a youth went when a placement ended. */
    public enum Destination {
        HOME, FOSTER_FAMILY, INDEPENDENT, ANOTHER_PLACEMENT, OTHER
    }

    public Placement asReplacement(boolean isReplacement) {
        return new Placement(placementId, requestId, proposalId, unitId, providerId, kind, responsibleMunicipalityCode,
                startDate, bridgingPlacement, youthPseudonym, isReplacement, state, placedAt, endedOn, destination,
                endReason, crisisEndDate);
    }

    /** How long after a placement that ended in another placement a new one counts as a re-placement. */
    public static final Period REPLACEMENT_WINDOW = Period.ofMonths(6);

    /**
     * A new placement starting on {@code start} is a re-placement when one of the youth's placements
     * ended in another placement at most six months before.
     */
    public static boolean isReplacement(LocalDate start, List<Placement> earlierOfTheYouth) {
        return earlierOfTheYouth.stream().anyMatch(p -> p.state() == State.ENDED
                && p.destination() == Destination.ANOTHER_PLACEMENT && p.endedOn() != null
                && !p.endedOn().isBefore(start.minus(REPLACEMENT_WINDOW)) && !p.endedOn().isAfter(start));
    }
}
