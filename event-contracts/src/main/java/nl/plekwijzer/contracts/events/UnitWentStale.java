package nl.plekwijzer.contracts.events;

import java.time.OffsetDateTime;

/** A unit's status was not confirmed within its confirmation interval. */
public record UnitWentStale(
        String unitId,
        String providerId,
        OffsetDateTime lastReportedAt,
        int confirmationIntervalHours,
        OffsetDateTime detectedAt) {
}
