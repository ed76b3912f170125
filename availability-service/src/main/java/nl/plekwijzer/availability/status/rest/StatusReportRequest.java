package nl.plekwijzer.availability.status.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;

/** {@code POST /api/v1/units/{unitId}/status}: a unit's status as its provider reports it. */
public record StatusReportRequest(
        UUID eventId,
        @NotNull OffsetDateTime occurredAt,
        @NotNull @Min(0) Integer availablePlaces,
        @NotNull @Min(0) Integer occupiedPlaces,
        @Min(0) Integer heldBackPlaces,
        Light light,
        LightReason reasonCode,
        @Size(max = 500) String reason,
        LocalDate expectedAvailableFrom) {
}
