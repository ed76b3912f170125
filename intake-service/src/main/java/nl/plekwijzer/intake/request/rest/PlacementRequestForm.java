package nl.plekwijzer.intake.request.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.IntendedDestination;
import nl.plekwijzer.contracts.ReferrerType;
import nl.plekwijzer.contracts.ShortStayRhythm;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.foundation.problem.PlainText;

/**
 * The one intake form ({@code POST /api/v1/placement-requests}). Shapes are checked here; the rules
 * across fields (eleven-test, age on {@code neededFrom}, crisis start, consent, decision) in
 * {@link nl.plekwijzer.intake.request.IntakeRules}. No message here quotes a value.
 * {@code region}: the youth-care region the request comes from when it is not this one (a partner
 * region of a shared back-up pool); absent for this region. In {@code needs}: whether an ambulant
 * programme would do instead of a stay, a short stay, and a place for a parent with the child.
 */
public record PlacementRequestForm(
        @NotNull @Valid Youth youth,
        @NotNull @Pattern(regexp = MUNICIPALITY, message = MUNICIPALITY_MESSAGE) String responsibleMunicipalityCode,
        @NotNull @Valid Referrer referrer,
        @NotNull @Valid Needs needs,
        @Valid Perspective perspective,
        @NotNull @Valid Decision decision,
        @NotNull Boolean consent,
        @Pattern(regexp = "\\d{8}", message = "must be a provider id of 8 digits") String previousProviderId,
        @Pattern(regexp = REGION, message = REGION_MESSAGE) String region) {

    static final String MUNICIPALITY = "GM\\d{4}";
    static final String MUNICIPALITY_MESSAGE = "must be a CBS code: GM followed by 4 digits";
    static final String POSTCODE = "\\s*[1-9][0-9]{3}\\s?[A-Za-z]{2}\\s*";
    static final String POSTCODE_MESSAGE = "must be a Dutch postcode like 1234AB";
    static final String REGION = "[A-Z][A-Z0-9-]{1,31}";
    static final String REGION_MESSAGE = "must be a region code: upper-case letters, digits and '-'";

    /** The youth. {@code bsn} is turned into a pseudonym and never stored; it is absent when read back. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Youth(
            @NotBlank(message = "is required") String bsn,
            @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String givenName,
            @Size(max = 50) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String familyNamePrefix,
            @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String familyName,
            @NotNull LocalDate birthDate,
            @NotNull Gender gender,
            @NotNull @Pattern(regexp = POSTCODE, message = POSTCODE_MESSAGE) String postcode,
            @NotNull @Pattern(regexp = MUNICIPALITY, message = MUNICIPALITY_MESSAGE) String municipalityCode) {

        public Youth withoutBsn() {
            return new Youth(null, givenName, familyNamePrefix, familyName, birthDate, gender, normalisePostcode(postcode),
                    municipalityCode);
        }
    }

    public record Referrer(
            @NotNull ReferrerType type,
            @NotBlank @Size(max = 200) String organisation,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 200) String email) {
    }

    public record Needs(
            @NotEmpty Set<@NotNull Domain> domains,
            @NotEmpty Set<@NotNull UnitKind> acceptableKinds,
            @DecimalMin("0") BigDecimal stayIntensityMax,
            Boolean treatmentNeeded,
            Set<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case code") String> specialties,
            @NotNull Urgency urgency,
            @NotNull LocalDate neededFrom,
            Boolean confidential,
            @Pattern(regexp = POSTCODE, message = POSTCODE_MESSAGE) String schoolPostcode,
            @Min(1) @Max(1000) Integer maxDistanceKm,
            Boolean ambulantAlternativeAllowed,
            @Valid ShortStay shortStay,
            Boolean familyAdmission) {
    }

    /** A short stay (logeren, respijtzorg): nights per stay, and how often it recurs (default once). */
    public record ShortStay(@NotNull @Min(1) @Max(28) Integer nights, ShortStayRhythm rhythm) {
    }

    public record Perspective(@Size(max = 2000) String goal, IntendedDestination intendedDestination) {
    }

    /** The municipality's decision (beschikking) that allows the care. */
    public record Decision(@NotBlank @Size(max = 100) String reference, @NotNull LocalDate validUntil) {
    }

    /** The form as it is stored: without the BSN, with postcodes normalised. */
    public PlacementRequestForm withoutBsn() {
        Needs storedNeeds = new Needs(needs.domains, needs.acceptableKinds, needs.stayIntensityMax,
                needs.treatmentNeeded, needs.specialties, needs.urgency, needs.neededFrom, needs.confidential,
                normalisePostcode(needs.schoolPostcode), needs.maxDistanceKm, needs.ambulantAlternativeAllowed,
                needs.shortStay, needs.familyAdmission);
        return new PlacementRequestForm(youth.withoutBsn(), responsibleMunicipalityCode, referrer, storedNeeds,
                perspective, decision, consent, previousProviderId, region);
    }

    /** 1234 ab, 1234AB and " 1234ab " all become 1234AB. */
    static String normalisePostcode(String postcode) {
        return postcode == null ? null : postcode.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }
}
