package nl.plekwijzer.availability.status.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;

/** {@code POST /api/v1/status-reports}: up to 1,000 reports, accepted all together or not at all. */
public record StatusReportBatchRequest(@NotEmpty List<@Valid @NotNull Item> reports) {

    public static final int MAX_REPORTS = 1000;

    public record Item(
            @NotBlank String unitId,
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
}
