package nl.plekwijzer.matching.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;

class PlacementTest {

    private static final Period SIX_MONTHS = Period.ofMonths(6);
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Test
    void aTreatmentStayIsFlaggedTheDayAfterItsExpectedEndAndNotBefore() {
        Placement treatment = placement(UnitKind.TREATMENT_GROUP, null, null, Placement.State.ACTIVE);

        assertThat(treatment.expectedEndDate(SIX_MONTHS)).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(treatment.flags(LocalDate.of(2026, 9, 2), SIX_MONTHS)).isEmpty();
        assertThat(treatment.flags(LocalDate.of(2026, 9, 3), SIX_MONTHS))
                .containsExactly(Placement.Flag.TREATMENT_PAST_EXPECTED_END);
        assertThat(placement(UnitKind.FAMILY_HOME, null, null, Placement.State.ACTIVE)
                .flags(LocalDate.of(2027, 9, 3), SIX_MONTHS)).isEmpty();
        assertThat(placement(UnitKind.TREATMENT_GROUP, null, null, Placement.State.ENDED)
                .flags(LocalDate.of(2027, 9, 3), SIX_MONTHS)).isEmpty();
    }

    @Test
    void aStayIsFlaggedWhenTheYouthTurns18DuringItOrIsExpectedToBeforeItEnds() {
        YearMonth birthday = YearMonth.of(2026, 7);
        // Open-ended: flagged from the quarter of the birthday on (the day is not known here).
        Placement familyHome = placement(UnitKind.FAMILY_HOME, null, birthday, Placement.State.ACTIVE);
        assertThat(familyHome.flags(LocalDate.of(2026, 6, 30), SIX_MONTHS)).isEmpty();
        assertThat(familyHome.flags(LocalDate.of(2026, 7, 1), SIX_MONTHS))
                .containsExactly(Placement.Flag.CROSSES_18TH_BIRTHDAY);
        // Expected to end after the birthday: flagged from the start.
        assertThat(placement(UnitKind.TREATMENT_GROUP, null, birthday, Placement.State.ACTIVE).flags(START, SIX_MONTHS))
                .containsExactly(Placement.Flag.CROSSES_18TH_BIRTHDAY);
        // A crisis stay that ends before the birthday is not.
        assertThat(placement(UnitKind.CRISIS_GROUP, START.plusDays(28), birthday, Placement.State.ACTIVE)
                .flags(START.plusDays(2), SIX_MONTHS)).isEmpty();
        // A stay that starts in the quarter of the birthday is, one that starts after that quarter is not.
        YearMonth quarterOfStart = PlacementRequestUpdated.quarterOf(START);
        assertThat(placement(UnitKind.FAMILY_HOME, null, quarterOfStart, Placement.State.ACTIVE)
                .flags(START.plusDays(5), SIX_MONTHS)).containsExactly(Placement.Flag.CROSSES_18TH_BIRTHDAY);
        assertThat(placement(UnitKind.FAMILY_HOME, null, quarterOfStart.minusMonths(3), Placement.State.ACTIVE)
                .flags(START.plusDays(5), SIX_MONTHS)).isEmpty();
    }

    @Test
    void aCrisisStayIsExpectedToEndOnItsCrisisEndAndIsNeverFlaggedAsTreatment() {
        Placement crisis = placement(UnitKind.SECURE_CARE, START.plusDays(28), null, Placement.State.ACTIVE);

        assertThat(crisis.expectedEndDate(SIX_MONTHS)).isEqualTo(START.plusDays(28));
        assertThat(crisis.flags(START.plusYears(1), SIX_MONTHS)).isEmpty();
    }

    private static Placement placement(UnitKind kind, LocalDate crisisEnd, YearMonth turns18InQuarter,
            Placement.State state) {
        return new Placement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "unit", "98000001", kind,
                "GM0392", START, false, "ab".repeat(32), false, state, OffsetDateTime.now(), null, null, null,
                crisisEnd, null, turns18InQuarter, null);
    }
}
