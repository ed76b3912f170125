package nl.plekwijzer.matching.suggestion;

import static nl.plekwijzer.matching.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SuggestionMappingTest {

    @Test
    void aUnitWhoseAddressIsHiddenShowsItsDistanceOnlyInStepsOfFiveKilometres() {
        var confidential = unit(u -> u.acceptsConfidential = true);
        var open = unit(u -> u.acceptsConfidential = false);

        assertThat(SuggestionMapping.distanceShown(confidential, 0.3)).isEqualByComparingTo("5");
        assertThat(SuggestionMapping.distanceShown(confidential, 7.4)).isEqualByComparingTo("5");
        assertThat(SuggestionMapping.distanceShown(confidential, 7.6)).isEqualByComparingTo("10");
        assertThat(SuggestionMapping.distanceShown(confidential, 41.2)).isEqualByComparingTo("40");
        assertThat(SuggestionMapping.distanceShown(open, 0.34)).isEqualByComparingTo(new BigDecimal("0.3"));
        assertThat(SuggestionMapping.distanceShown(open, null)).isNull();
    }
}
