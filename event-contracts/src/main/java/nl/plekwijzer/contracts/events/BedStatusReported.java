package nl.plekwijzer.contracts.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;

/**
 * A unit's status as its provider reported it (REST or straight onto {@code bed-status.v1}).
 * {@code eventId} is the idempotency key; the newest {@code occurredAt} per unit wins.
 */
public record BedStatusReported(
        UUID eventId,
        String unitId,
        OffsetDateTime occurredAt,
        int availablePlaces,
        int occupiedPlaces,
        Integer heldBackPlaces,
        Light light,
        LightReason reasonCode,
        String reason,
        LocalDate expectedAvailableFrom) {
}
