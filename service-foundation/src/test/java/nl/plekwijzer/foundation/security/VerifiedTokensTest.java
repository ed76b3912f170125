package nl.plekwijzer.foundation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(3, Duration.ofMinutes(1), clock);

    @Test
    void aTokenIsKeptUntilItExpires() {
        tokens.remember("a", "identity of a", T0.plusSeconds(30));

        clock.now = T0.plusSeconds(29);
        assertThat(tokens.find("a")).isEqualTo("identity of a");
        assertThat(tokens.find("b")).isNull();

        clock.now = T0.plusSeconds(30);
        assertThat(tokens.find("a")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenIsTrustedForAtMostMaxTrustAfterItWasVerified() {
        tokens.remember("a", "identity of a", T0.plus(Duration.ofMinutes(5)));

        clock.now = T0.plusSeconds(59);
        assertThat(tokens.find("a")).isEqualTo("identity of a");
        clock.now = T0.plusSeconds(60);
        assertThat(tokens.find("a")).isNull();
    }

    @Test
    void anExpiredTokenIsNotKept() {
        tokens.remember("a", "identity of a", T0);
        tokens.remember("b", "identity of b", T0.minusSeconds(1));

        assertThat(tokens.find("a")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void rememberingAgainKeepsTheFirstVerification() {
        tokens.remember("a", "first", T0.plusSeconds(10));
        tokens.remember("a", "second", T0.plusSeconds(50));

        assertThat(tokens.find("a")).isEqualTo("first");
        clock.now = T0.plusSeconds(10);
        assertThat(tokens.find("a")).isNull();
    }

    @Test
    void whenFullExpiredTokensMakeRoomAndOtherwiseNothingNewIsKept() {
        tokens.remember("a", "identity of a", T0.plusSeconds(10));
        tokens.remember("b", "identity of b", T0.plusSeconds(50));
        tokens.remember("c", "identity of c", T0.plusSeconds(50));

        tokens.remember("d", "identity of d", T0.plusSeconds(50));
        assertThat(tokens.find("d")).isNull();
        assertThat(tokens.size()).isEqualTo(3);

        clock.now = T0.plusSeconds(10);
        tokens.remember("d", "identity of d", T0.plusSeconds(50));
        assertThat(tokens.find("d")).isEqualTo("identity of d");
        assertThat(tokens.find("b")).isEqualTo("identity of b");
        assertThat(tokens.size()).isEqualTo(3);
    }
}
