package nl.plekwijzer.contracts.events;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Aggregate figures for one municipality (snapshot, keyed by municipality code). Counts below the
 * suppression threshold are published as {@code null}, so no child can be singled out.
 */
public record DashboardStatsUpdated(
        String municipalityCode,
        OffsetDateTime computedAt,
        Map<String, Long> figures) {
}
