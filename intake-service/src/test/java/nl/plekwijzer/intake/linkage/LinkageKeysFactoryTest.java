package nl.plekwijzer.intake.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.linkage.BloomFilters;
import nl.plekwijzer.contracts.linkage.NameEncoder;

class LinkageKeysFactoryTest {

    private final NameEncoder encoder = new NameEncoder("linkage-key-for-tests-only-32byte".getBytes(StandardCharsets.UTF_8));

    @Test
    void linkageKeysCarryEncodingsAndPc4ButNoNameNorFullPostcode() {
        var keys = new LinkageKeysFactory(encoder).keysOf("Fenna", "de", "Vries", java.time.LocalDate.of(2013, 4, 2),
                nl.plekwijzer.contracts.Gender.F, "2032 AB");
        var sameYouthElsewhere = new LinkageKeysFactory(encoder).keysOf("Fenna", null, "Vries, de",
                java.time.LocalDate.of(2013, 4, 2), nl.plekwijzer.contracts.Gender.F, "2032AB");

        assertThat(keys.pc4()).isEqualTo("2032");
        assertThat(keys.toString()).doesNotContainIgnoringCase("fenna").doesNotContainIgnoringCase("vries")
                .doesNotContain("2032AB", "2032 AB");
        assertThat(BloomFilters.dice(keys.familyNameBloom(), sameYouthElsewhere.familyNameBloom())).isEqualTo(1.0);
        assertThat(LinkageKeysFactory.pc4(null)).isNull();
        assertThat(LinkageKeysFactory.pc4("0123AB")).isNull();
    }
}
