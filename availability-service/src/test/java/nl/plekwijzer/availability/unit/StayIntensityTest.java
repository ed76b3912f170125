package nl.plekwijzer.availability.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StayIntensityTest {

    private final IntensityBands bands = new IntensityBands(Map.of(
            "LIGHT", new BigDecimal("2.00"), "MODERATE", new BigDecimal("4.00"), "INTENSIVE", new BigDecimal("8.00")));

    @Test
    void twoHundredHoursForSixPlacesIs4Point76() {
        assertThat(StayIntensity.of(new BigDecimal("200"), 6)).isEqualByComparingTo("4.76");
    }

    @Test
    void roundsOnceHalfUpToTwoDecimals() {
        assertThat(StayIntensity.of(new BigDecimal("100"), 3)).isEqualByComparingTo("4.76"); // 4.7619
        assertThat(StayIntensity.of(new BigDecimal("7.35"), 1)).isEqualByComparingTo("1.05");
        assertThat(StayIntensity.of(new BigDecimal("168"), 4)).isEqualByComparingTo("6.00");
    }

    @Test
    void unknownRosterHoursGiveNoIntensityAndNoBand() {
        assertThat(StayIntensity.of(null, 6)).isNull();
        assertThat(bands.bandOf(null)).isNull();
    }

    @Test
    void refusesAUnitWithoutPlaces() {
        assertThatThrownBy(() -> StayIntensity.of(BigDecimal.TEN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandsAreChosenByInclusiveUpperBound() {
        assertThat(bands.bandOf(new BigDecimal("1.50"))).isEqualTo("LIGHT");
        assertThat(bands.bandOf(new BigDecimal("2.00"))).isEqualTo("LIGHT");
        assertThat(bands.bandOf(new BigDecimal("2.01"))).isEqualTo("MODERATE");
        assertThat(bands.bandOf(new BigDecimal("4.76"))).isEqualTo("INTENSIVE");
        assertThat(bands.bandOf(new BigDecimal("30.00"))).as("above the highest bound").isEqualTo("INTENSIVE");
    }
}
