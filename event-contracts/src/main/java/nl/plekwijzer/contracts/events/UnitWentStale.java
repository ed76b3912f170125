package nl.plekwijzer.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A unit's status was not confirmed within its confirmation interval. */
public record UnitWentStale(
        UUID eventId,
        String unitId,
        String providerId,
        OffsetDateTime lastReportedAt,
        int confirmationIntervalHours,
        OffsetDateTime detectedAt) {
}
