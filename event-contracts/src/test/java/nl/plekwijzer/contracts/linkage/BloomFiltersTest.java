package nl.plekwijzer.contracts.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BloomFiltersTest {

    @Test
    void diceCountsSharedBitsAgainstAllSetBits() {
        byte[] a = { (byte) 0b1111_0000, 0 };
        byte[] b = { (byte) 0b1100_0000, (byte) 0b0000_0011 };

        assertThat(BloomFilters.dice(a, a)).isEqualTo(1.0);
        assertThat(BloomFilters.dice(a, b)).isEqualTo(2.0 * 2 / (4 + 4));
        assertThat(BloomFilters.dice(a, new byte[] { 0, (byte) 0xff })).isEqualTo(0.0);
        assertThat(BloomFilters.dice(new byte[2], new byte[2])).isEqualTo(0.0);
    }

    @Test
    void encodingsOfDifferentLengthCannotBeCompared() {
        assertThatThrownBy(() -> BloomFilters.dice(new byte[2], new byte[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
