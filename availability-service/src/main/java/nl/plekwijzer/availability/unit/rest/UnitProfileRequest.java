package nl.plekwijzer.availability.unit.rest;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.foundation.problem.PlainText;

/**
 * The body of {@code PUT /api/v1/units/{unitId}}: a unit's full profile. Without
 * {@code stayLengths} a RESPITE unit offers short stays and any other kind long ones.
 */
public record UnitProfileRequest(
        @NotNull @Pattern(regexp = "\\d{8}", message = "must be an 8-digit AGB-style code") String providerId,
        @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String providerName,
        @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String name,
        @NotNull UnitKind kind,
        @Size(max = 16) String productCategory,
        @NotNull @Min(1) @Max(500) Integer places,
        @NotNull @Min(0) @Max(23) Integer ageMin,
        @NotNull @Min(0) @Max(23) Integer ageMax,
        @NotEmpty Set<@NotNull Gender> genders,
        @NotEmpty Set<@NotNull Domain> domains,
        Set<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case code") String> specialties,
        Boolean treatmentOnSite,
        @DecimalMin("0") @DecimalMax("2000") BigDecimal rosterHoursPerWeek,
        Boolean acceptsCrisis,
        Boolean acceptsConfidential,
        @NotNull @Pattern(regexp = "GM\\d{4}", message = "must be a CBS code: GM followed by 4 digits") String municipalityCode,
        @Pattern(regexp = "\\s*[1-9][0-9]{3}\\s?[A-Za-z]{2}\\s*", message = "must be a Dutch postcode like 1234AB") String postcode,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Min(1) @Max(720) Integer confirmationIntervalHours,
        Set<@NotNull StayLength> stayLengths,
        Boolean acceptsFamilyAdmission,
        @Valid BackupPool backupPool,
        Boolean detailVisibleToPeers) {

    /** A supra-regional pool of back-up places (domain rule 18) and the other regions it serves. */
    public record BackupPool(
            @NotBlank @Size(max = 100) String name,
            @NotEmpty @Size(max = 40) Set<@NotNull @Pattern(regexp = REGION, message = REGION_MESSAGE) String> regions) {
    }

    public static final String REGION = "[A-Z][A-Z0-9-]{1,31}";
    public static final String REGION_MESSAGE = "must be a region code: upper-case letters, digits and '-'";

    public static final int DEFAULT_CONFIRMATION_INTERVAL_HOURS = 24;

    /** 1234 ab, 1234AB and " 1234ab " all become 1234AB. */
    public String normalisedPostcode() {
        return postcode == null ? null : postcode.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }
}
