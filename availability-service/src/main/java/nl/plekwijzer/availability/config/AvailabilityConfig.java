package nl.plekwijzer.availability.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "plekwijzer.availability")
public interface AvailabilityConfig {

    /** Intensity band name to its inclusive upper bound in hours per youth per 24 h. */
    Map<String, BigDecimal> intensityBands();

    /** How often units are checked for having gone stale (read by {@code StaleUnitScheduler}). */
    Duration staleCheckInterval();

    /**
     * A unit's snapshot goes out at most about once per this interval (per replica) when it reports
     * more often; its newest state follows with the next run of {@code SnapshotFlusher}, normally within it.
     */
    Duration snapshotInterval();

    /** Status requests taken in at once; one more is refused at once with 429 ({@code StatusAdmission}). */
    int maxRequestsInFlight();
}
