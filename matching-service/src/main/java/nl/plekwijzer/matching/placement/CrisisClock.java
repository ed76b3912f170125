package nl.plekwijzer.matching.placement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;

/**
 * The clocks of a crisis (domain rule 20), in plain Java: a crisis stay ends after 28 days, a
 * mental-health crisis bed after 7; from the day after, the stay is a bridging placement, not a
 * crisis extension. A crisis request nobody accepted within a day is escalated.
 */
public final class CrisisClock {

    public static final int CRISIS_DAYS = 28;
    public static final int MENTAL_HEALTH_CRISIS_BED_DAYS = 7;
    public static final Duration ESCALATE_AFTER = Duration.ofHours(24);

    private CrisisClock() {
    }

    /**
     * The last day of a crisis stay that starts on {@code start} in a unit of this kind and these
     * domains; null for a request that is not a crisis.
     */
    public static LocalDate crisisEnd(Urgency urgency, LocalDate start, UnitKind kind, Set<Domain> unitDomains) {
        if (urgency != Urgency.CRISIS) {
            return null;
        }
        boolean mentalHealthCrisisBed = kind == UnitKind.CRISIS_BED && unitDomains.contains(Domain.MENTAL_HEALTH);
        return start.plusDays(mentalHealthCrisisBed ? MENTAL_HEALTH_CRISIS_BED_DAYS : CRISIS_DAYS);
    }

    /**
     * True once the crisis stay has passed its end date: it is bridging from the day after (the
     * relabelling query asks the same: {@code crisis_end_date < today}).
     */
    public static boolean isBridging(LocalDate crisisEnd, LocalDate today) {
        return crisisEnd != null && today.isAfter(crisisEnd);
    }

    /** True for a crisis request submitted a day ago or longer (escalated unless a proposal was accepted). */
    public static boolean escalationDue(Urgency urgency, OffsetDateTime submittedAt, OffsetDateTime now) {
        return urgency == Urgency.CRISIS && submittedAt != null && !submittedAt.plus(ESCALATE_AFTER).isAfter(now);
    }
}
