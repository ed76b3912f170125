package nl.plekwijzer.availability.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;
import nl.plekwijzer.foundation.problem.Violation;

class StatusRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aLightThatContradictsTheFiguresIsRefusedNamingLight() {
        assertThat(StatusReportRules.check(0, 6, 0, NOW, 6, Light.GREEN, null, null, NOW)).extracting(Violation::field)
                .containsExactly("light");
        assertThat(StatusReportRules.check(2, 4, 0, NOW, 6, Light.RED, null, null, NOW)).extracting(Violation::field)
                .containsExactly("light");
        assertThat(StatusReportRules.check(2, 4, 0, NOW, 6, Light.RED, null, "groepssamenstelling", NOW)).isEmpty();
        assertThat(StatusReportRules.check(2, 4, 0, NOW, 6, Light.ORANGE, null, null, NOW)).isEmpty();
        assertThat(StatusReportRules.check(0, 6, 0, NOW, 6, Light.RED, null, null, NOW)).isEmpty();
        assertThat(StatusReportRules.check(2, 4, 0, NOW, 6, Light.RED, LightReason.STAFFING, null, NOW)).isEmpty();
    }

    @Test
    void aReasonCodeOtherNeedsATextAndGreenTakesNoReasonCode() {
        assertThat(StatusReportRules.check(0, 6, 0, NOW, 6, Light.ORANGE, LightReason.OTHER, " ", NOW))
                .extracting(Violation::field).containsExactly("reason");
        assertThat(StatusReportRules.check(0, 6, 0, NOW, 6, Light.ORANGE, LightReason.OTHER, "verhuizing", NOW))
                .isEmpty();
        assertThat(StatusReportRules.check(1, 5, 0, NOW, 6, Light.GREEN, LightReason.STAFFING, null, NOW))
                .extracting(Violation::field).containsExactly("reasonCode");
        assertThat(StatusReportRules.check(1, 5, 0, NOW, 6, Light.ORANGE, LightReason.AFTER_CONSULTATION, null, NOW))
                .isEmpty();
    }

    @Test
    void aReportWithinThePlacesIsAccepted() {
        assertThat(StatusReportRules.check(1, 4, 1, NOW, 6, null, null, null, NOW)).isEmpty();
    }

    @Test
    void moreThanThePlacesIsRefusedNamingTheFigures() {
        assertThat(StatusReportRules.check(2, 4, 1, NOW, 6, null, null, null, NOW))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("availablePlaces");
                    assertThat(v.message()).contains("7 exceeds the unit's 6 places");
                });
    }

    @Test
    void negativeNumbersAreRefusedPerField() {
        assertThat(StatusReportRules.check(-1, 0, -2, NOW, 6, null, null, null, NOW)).extracting(Violation::field)
                .containsExactly("availablePlaces", "heldBackPlaces");
    }

    @Test
    void aReportFromMoreThanFiveMinutesAheadIsRefused() {
        assertThat(StatusReportRules.check(1, 1, 0, NOW.plusMinutes(5), 6, null, null, null, NOW)).isEmpty();
        assertThat(StatusReportRules.check(1, 1, 0, NOW.plusMinutes(5).plusSeconds(1), 6, null, null, null, NOW))
                .extracting(Violation::field).containsExactly("occurredAt");
    }

    @Test
    void theLightIsDerivedFromTheFigures() {
        assertThat(TrafficLight.derive(1, 0, null)).isEqualTo(Light.GREEN);
        assertThat(TrafficLight.derive(0, 1, null)).isEqualTo(Light.ORANGE);
        assertThat(TrafficLight.derive(0, 0, LocalDate.of(2026, 12, 1))).isEqualTo(Light.ORANGE);
        assertThat(TrafficLight.derive(0, 0, null)).isEqualTo(Light.RED);
    }

    @Test
    void newestReportWinsAndARepeatAtTheSameTimeStillConfirms() {
        UnitStatus current = new UnitStatus(UUID.randomUUID(), 1, 5, 0, Light.GREEN, null, null, null, NOW);

        assertThat(current.isSupersededBy(NOW.plusSeconds(1))).isTrue();
        assertThat(current.isSupersededBy(NOW)).isTrue();
        assertThat(current.isSupersededBy(NOW.minusSeconds(1))).isFalse();
    }

    @Test
    void aUnitIsStaleOnceItsIntervalHasPassedWithoutAReport() {
        assertThat(Freshness.isStale(NOW.minusHours(24), 24, NOW)).isFalse();
        assertThat(Freshness.isStale(NOW.minusHours(24).minusSeconds(1), 24, NOW)).isTrue();
        assertThat(Freshness.isStale(NOW.minusHours(3), 2, NOW)).isTrue();
        assertThat(Freshness.isStale(null, 24, NOW)).as("never reported").isTrue();
    }
}
