package nl.plekwijzer.availability.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;

/** The current status of a unit: what its newest report said. */
public record UnitStatus(
        UUID eventId,
        int availablePlaces,
        int occupiedPlaces,
        int heldBackPlaces,
        Light light,
        LightReason reasonCode,
        String reason,
        LocalDate expectedAvailableFrom,
        OffsetDateTime occurredAt) {

    /**
     * Newest {@code occurredAt} wins: a report replaces the current status unless it is older. A
     * report at the same instant replaces it too, so a repeated confirmation always counts.
     */
    public boolean isSupersededBy(OffsetDateTime reportOccurredAt) {
        return !reportOccurredAt.isBefore(occurredAt);
    }

    /** When the status was last confirmed: the newest report, whatever its figures. */
    public OffsetDateTime lastReportedAt() {
        return occurredAt;
    }
}
