package nl.plekwijzer.matching.waitlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlacedOnTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    @Test
    void aPlacementOnOrAfterTheLatestRegistrationEndsTheWaitThatDay() {
        assertThat(RegionalListEntries.placedOn(MARCH, LocalDate.of(2026, 2, 1))).isEqualTo(MARCH);
        assertThat(RegionalListEntries.placedOn(MARCH, MARCH)).isEqualTo(MARCH);
        assertThat(RegionalListEntries.placedOn(MARCH, null)).isEqualTo(MARCH);
    }

    @Test
    void aYouthPutOnAListAgainAfterThePlacementIsWaitingAgain() {
        assertThat(RegionalListEntries.placedOn(MARCH, LocalDate.of(2026, 6, 1))).isNull();
        assertThat(RegionalListEntries.placedOn(null, LocalDate.of(2026, 2, 1))).isNull();
    }
}
