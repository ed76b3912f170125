package nl.plekwijzer.contracts.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;
import nl.plekwijzer.contracts.UnitKind;

/** The current availability of a unit (snapshot, keyed by unit id). */
public record UnitAvailabilityChanged(
        String unitId,
        String providerId,
        UnitKind kind,
        int places,
        int availablePlaces,
        int occupiedPlaces,
        int heldBackPlaces,
        Light light,
        LightReason reasonCode,
        String reason,
        LocalDate expectedAvailableFrom,
        OffsetDateTime occurredAt,
        OffsetDateTime lastReportedAt,
        boolean stale) {
}
