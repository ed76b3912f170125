package nl.plekwijzer.intake.youth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BsnTest {

    @Test
    void validNumbersPassTheElevenTest() {
        assertThat(Bsn.normalise("111222333")).isEqualTo("111222333");
        assertThat(Bsn.normalise("123456782")).isEqualTo("123456782");
        assertThat(Bsn.normalise(" 123456782 ")).isEqualTo("123456782");
        assertThat(Bsn.normalise("12345672")).as("eight digits get a leading zero").isEqualTo("012345672");
    }

    @Test
    void aWrongCheckDigitAndOtherShapesFail() {
        assertThat(Bsn.isValid("123456781")).as("wrong check digit").isFalse();
        assertThat(Bsn.isValid("111222334")).isFalse();
        assertThat(Bsn.isValid("000000000")).as("all zeros").isFalse();
        assertThat(Bsn.isValid("12345678A")).isFalse();
        assertThat(Bsn.isValid("1234567")).isFalse();
        assertThat(Bsn.isValid("1234567820")).isFalse();
        assertThat(Bsn.isValid(null)).isFalse();
    }

    @Test
    void pseudonymsAreStableKeyedAndCarryNoDigitsOfTheBsn() {
        Pseudonymizer one = new Pseudonymizer("k".repeat(32).getBytes(StandardCharsets.US_ASCII));
        Pseudonymizer other = new Pseudonymizer("q".repeat(32).getBytes(StandardCharsets.US_ASCII));

        String pseudonym = one.pseudonymOf("123456782");

        assertThat(pseudonym).matches("[0-9a-f]{64}").doesNotContain("123456782");
        assertThat(one.pseudonymOf(" 123456782")).isEqualTo(pseudonym);
        assertThat(one.pseudonymOf("111222333")).isNotEqualTo(pseudonym);
        assertThat(other.pseudonymOf("123456782")).as("another key, another pseudonym").isNotEqualTo(pseudonym);
        assertThatThrownBy(() -> one.pseudonymOf("123456781")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("123456781");
        assertThatThrownBy(() -> new Pseudonymizer(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
