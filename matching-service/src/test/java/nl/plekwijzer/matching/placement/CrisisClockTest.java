package nl.plekwijzer.matching.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;

class CrisisClockTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Test
    void aCrisisStayEndsAfter28DaysAndAMentalHealthCrisisBedAfter7() {
        assertThat(CrisisClock.crisisEnd(Urgency.CRISIS, START, UnitKind.CRISIS_GROUP, Set.of(Domain.PARENTING_SUPPORT)))
                .isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(CrisisClock.crisisEnd(Urgency.CRISIS, START, UnitKind.CRISIS_BED, Set.of(Domain.MENTAL_HEALTH)))
                .isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(CrisisClock.crisisEnd(Urgency.CRISIS, START, UnitKind.CRISIS_BED, Set.of(Domain.PARENTING_SUPPORT)))
                .isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(CrisisClock.crisisEnd(Urgency.URGENT, START, UnitKind.CRISIS_BED, Set.of(Domain.MENTAL_HEALTH)))
                .isNull();
    }

    @Test
    void theStayIsBridgingFromTheDayAfterItsEnd() {
        LocalDate end = CrisisClock.crisisEnd(Urgency.CRISIS, START, UnitKind.CRISIS_GROUP, Set.of());
        assertThat(CrisisClock.isBridging(end, end)).as("day 28").isFalse();
        assertThat(CrisisClock.isBridging(end, end.plusDays(1))).as("day 29").isTrue();
        LocalDate bed = CrisisClock.crisisEnd(Urgency.CRISIS, START, UnitKind.CRISIS_BED, Set.of(Domain.MENTAL_HEALTH));
        assertThat(CrisisClock.isBridging(bed, START.plusDays(7))).as("day 7 on a mental-health crisis bed").isFalse();
        assertThat(CrisisClock.isBridging(bed, START.plusDays(8))).as("day 8").isTrue();
        assertThat(CrisisClock.isBridging(null, START.plusYears(1))).as("not a crisis").isFalse();
    }

    @Test
    void aCrisisRequestIsDueForEscalationADayAfterItsSubmission() {
        OffsetDateTime submitted = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        assertThat(CrisisClock.escalationDue(Urgency.CRISIS, submitted, submitted.plusHours(23))).isFalse();
        assertThat(CrisisClock.escalationDue(Urgency.CRISIS, submitted, submitted.plusHours(24))).isTrue();
        assertThat(CrisisClock.escalationDue(Urgency.URGENT, submitted, submitted.plusDays(3))).isFalse();
    }
}
