package nl.plekwijzer.matching.placement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.plekwijzer.contracts.IntendedDestination;
import nl.plekwijzer.contracts.UnitKind;

/**
 * A youth placed in a unit.
 *
 * @param bridgingPlacement a stay that only bridges until the fitting follow-up place is free (domain rule 6)
 * @param responsibleMunicipalityCode the municipality responsible for the youth (domain rule 12)
 * @param replacement a new placement within six months of one that ended in another placement
 * @param crisisEndDate the last day of a crisis stay ({@link CrisisClock}); null for another stay
 * @param intendedDestination where the youth should go after the stay, from intake (domain rule 15)
 * @param turns18InQuarter the quarter of the youth's 18th birthday, as its first month (the day does not
 *        leave intake), null when unknown
 * @param followUpOf the bridging placement this placement follows (domain rule 20), or null
 */
public record Placement(UUID placementId, UUID requestId, UUID proposalId, String unitId, String providerId,
        UnitKind kind, String responsibleMunicipalityCode, LocalDate startDate, boolean bridgingPlacement,
        String youthPseudonym, boolean replacement, State state, OffsetDateTime placedAt, LocalDate endedOn,
        Destination destination, String endReason, LocalDate crisisEndDate, IntendedDestination intendedDestination,
        YearMonth turns18InQuarter, UUID followUpOf) {

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

    /** What coordinators are shown about a stay that needs a look. */
    public enum Flag {
        /** A treatment stay still active past its expected end (domain rule 22). */
        TREATMENT_PAST_EXPECTED_END,
        /** An active stay during which the youth turns 18, or turned 18 already. */
        CROSSES_18TH_BIRTHDAY
    }

    /** The kinds of place where the stay is for treatment, expected to end (domain rule 22). */
    public static final Set<UnitKind> TREATMENT_KINDS = EnumSet.of(UnitKind.TREATMENT_GROUP, UnitKind.SECURE_CARE);

    /** How long after a placement that ended in another placement a new one counts as a re-placement. */
    public static final Period REPLACEMENT_WINDOW = Period.ofMonths(6);

    public Placement asReplacement(boolean isReplacement) {
        return new Placement(placementId, requestId, proposalId, unitId, providerId, kind, responsibleMunicipalityCode,
                startDate, bridgingPlacement, youthPseudonym, isReplacement, state, placedAt, endedOn, destination,
                endReason, crisisEndDate, intendedDestination, turns18InQuarter, followUpOf);
    }

    /** The day the stay is expected to end: a crisis stay's end, a treatment stay's expected end; else null. */
    public LocalDate expectedEndDate(Period treatmentStay) {
        if (crisisEndDate != null) {
            return crisisEndDate;
        }
        return startDate != null && kind != null && TREATMENT_KINDS.contains(kind) ? startDate.plus(treatmentStay)
                : null;
    }

    /** What needs a look about this stay today; nothing once it ended. */
    public Set<Flag> flags(LocalDate today, Period treatmentStay) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (state != State.ACTIVE || startDate == null) {
            return flags;
        }
        LocalDate expectedEnd = expectedEndDate(treatmentStay);
        if (crisisEndDate == null && expectedEnd != null && today.isAfter(expectedEnd)) {
            flags.add(Flag.TREATMENT_PAST_EXPECTED_END);
        }
        // Only the quarter is known: a stay that starts in it, or reaches it, counts as crossing (an
        // early warning for the transition plan rather than a missed one).
        if (turns18InQuarter != null && !startDate.isAfter(turns18InQuarter.plusMonths(2).atEndOfMonth())
                && (!today.isBefore(turns18InQuarter.atDay(1))
                        || expectedEnd != null && !expectedEnd.isBefore(turns18InQuarter.atDay(1)))) {
            flags.add(Flag.CROSSES_18TH_BIRTHDAY);
        }
        return flags;
    }

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
