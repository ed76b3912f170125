package nl.plekwijzer.notification.channel;

import java.time.Duration;

/** When a failed delivery is tried again: the first retry after {@code first}, each next one twice as late. */
public final class Backoff {

    private Backoff() {
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    public static Duration after(int attempt, Duration first) {
        return first.multipliedBy(1L << Math.min(attempt - 1, 20));
    }

    /** Whether a delivery that failed {@code attempts} times is given up (kept as a dead letter). */
    public static boolean givenUp(int attempts, int maxAttempts) {
        return attempts >= maxAttempts;
    }
}
