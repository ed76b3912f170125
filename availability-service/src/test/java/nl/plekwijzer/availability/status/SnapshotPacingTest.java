package nl.plekwijzer.availability.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnapshotPacingTest {

    private final SnapshotPacing pacing = new SnapshotPacing(1_000);

    @Test
    void aUnitGetsOneSnapshotAtOncePerIntervalAndTheRestAreDue() {
        assertThat(pacing.claim("a", 10_000)).isTrue();
        assertThat(pacing.claim("a", 10_400)).isFalse();
        assertThat(pacing.claim("a", 10_999)).isFalse();
        assertThat(pacing.claim("b", 10_999)).as("another unit has its own interval").isTrue();
        assertThat(pacing.claim("a", 11_000)).isTrue();
        assertThat(pacing.claim("a", 11_500)).isFalse();
    }

    @Test
    void aSnapshotSentAsDueStartsTheUnitsIntervalAgain() {
        assertThat(pacing.claim("a", 10_000)).isTrue();
        pacing.sent(List.of("a"), 10_900);

        assertThat(pacing.claim("a", 11_500)).isFalse();
        assertThat(pacing.claim("a", 11_900)).isTrue();
    }
}
