package nl.plekwijzer.availability.programme.rest;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.plekwijzer.contracts.AmbulantProgrammeType;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.foundation.problem.PlainText;

/**
 * The body of {@code PUT /api/v1/programmes/{programmeId}}: an ambulant programme, the youths it
 * is for and the municipalities it serves. {@code active: false} withdraws it (default true).
 */
public record ProgrammeRequest(
        @NotNull @Pattern(regexp = "\\d{8}", message = "must be an 8-digit AGB-style code") String providerId,
        @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String providerName,
        @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String name,
        @NotNull AmbulantProgrammeType type,
        @NotNull @Min(0) @Max(23) Integer ageMin,
        @NotNull @Min(0) @Max(23) Integer ageMax,
        @NotEmpty Set<@NotNull Domain> domains,
        @NotEmpty @Size(max = 400) Set<@NotNull @Pattern(regexp = "GM\\d{4}", message = "must be a CBS code: GM followed by 4 digits") String> municipalityCodes,
        @Min(0) @Max(520) Integer waitingWeeks,
        Boolean active) {
}
