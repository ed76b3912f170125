package nl.plekwijzer.availability.status;

import java.time.Duration;
import java.time.OffsetDateTime;

/** DOMAIN rule 2: a status not confirmed within its unit's confirmation interval is stale. */
public final class Freshness {

    private Freshness() {
    }

    /** A unit that never reported is stale: nobody knows what is free there. */
    public static boolean isStale(OffsetDateTime lastReportedAt, int confirmationIntervalHours, OffsetDateTime now) {
        return lastReportedAt == null
                || now.isAfter(lastReportedAt.plus(Duration.ofHours(confirmationIntervalHours)));
    }
}
