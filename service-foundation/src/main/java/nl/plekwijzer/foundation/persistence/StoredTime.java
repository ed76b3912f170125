package nl.plekwijzer.foundation.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The current time at the precision PostgreSQL stores (microseconds), so that a time published on
 * Kafka equals the one stored and read back.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static OffsetDateTime now() {
        return now(Clock.systemDefaultZone());
    }

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
