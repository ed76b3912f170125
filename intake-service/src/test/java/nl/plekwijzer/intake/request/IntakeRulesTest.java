package nl.plekwijzer.intake.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.foundation.problem.Violation;

class IntakeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aCompleteFormPasses() {
        assertThat(IntakeRules.check("123456782", LocalDate.of(2012, 5, 3), Urgency.URGENT, TODAY.plusDays(7),
                TODAY.plusMonths(6), true, TODAY)).isEmpty();
    }

    @Test
    void aWrongCheckDigitIsNamedWithoutEchoingTheNumber() {
        assertThat(IntakeRules.check("123456781", LocalDate.of(2012, 5, 3), Urgency.REGULAR, TODAY, null, true, TODAY))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("youth.bsn");
                    assertThat(v.message()).doesNotContain("123456781");
                });
    }

    @Test
    void theAgeOnNeededFromMustBeZeroTo23() {
        assertThat(fields(IntakeRules.check(null, LocalDate.of(2003, 1, 1), Urgency.REGULAR, LocalDate.of(2027, 1, 1),
                null, true, TODAY))).as("24 on neededFrom").containsExactly("youth.birthDate");
        assertThat(IntakeRules.check(null, LocalDate.of(2003, 1, 1), Urgency.REGULAR, LocalDate.of(2026, 12, 31),
                null, true, TODAY)).as("still 23").isEmpty();
        assertThat(fields(IntakeRules.check(null, TODAY.plusDays(1), Urgency.REGULAR, TODAY.plusDays(10), null, true,
                TODAY))).containsExactly("youth.birthDate");
    }

    @Test
    void whenNeededFromHasPassedTheAgeCountsToday() {
        // 24 today, although still 23 on a neededFrom of last month: care would start at 24.
        assertThat(fields(IntakeRules.check(null, LocalDate.of(2002, 11, 1), Urgency.REGULAR, TODAY.minusMonths(1),
                null, true, TODAY))).containsExactly("youth.birthDate");
    }

    @Test
    void aCrisisCannotStartInThePastButARegularRequestMayBeBackdated() {
        assertThat(fields(IntakeRules.check(null, LocalDate.of(2012, 5, 3), Urgency.CRISIS, TODAY.minusDays(1), null,
                true, TODAY))).containsExactly("needs.neededFrom");
        assertThat(IntakeRules.check(null, LocalDate.of(2012, 5, 3), Urgency.CRISIS, TODAY, null, true, TODAY)).isEmpty();
        assertThat(IntakeRules.check(null, LocalDate.of(2012, 5, 3), Urgency.REGULAR, TODAY.minusDays(1), null, true,
                TODAY)).isEmpty();
    }

    @Test
    void consentAndAValidDecisionAreNeeded() {
        assertThat(fields(IntakeRules.check(null, LocalDate.of(2012, 5, 3), Urgency.REGULAR, TODAY, TODAY.minusDays(1),
                false, TODAY))).containsExactly("decision.validUntil", "consent");
        assertThat(fields(IntakeRules.check(null, LocalDate.of(2012, 5, 3), Urgency.REGULAR, TODAY, TODAY, null, TODAY)))
                .containsExactly("consent");
    }

    private static java.util.List<String> fields(java.util.List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aRequestForRespiteOnlyNamesItsNights() {
        assertThat(IntakeRules.checkStay(Set.of(UnitKind.RESPITE), false))
                .extracting(Violation::field).containsExactly("needs.shortStay");
        assertThat(IntakeRules.checkStay(Set.of(UnitKind.RESPITE), true)).isEmpty();
        assertThat(IntakeRules.checkStay(Set.of(UnitKind.RESPITE, UnitKind.FAMILY_HOME), false)).isEmpty();
    }
}
