package nl.plekwijzer.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.IntendedDestination;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;

/**
 * An open placement request as matching sees it: pseudonymous. {@code home} and {@code school} are
 * area centroids (or null when unknown); {@code previousProviderId} is the provider the youth came
 * from, for continuity, or null. A request linked to another of the same youth
 * ({@code linkedToRequestId}) gets suggestions of its own but is not a separate candidate. A
 * follow-up after a crisis ({@code followUpAfterCrisis}, domain rule 20) goes first among the
 * requests of its urgency. {@code turns18InQuarter} is the quarter of the youth's 18th birthday, as its first month (null when
 * unknown; the day does not leave intake).
 * {@code shortStayNights} is null for a long stay (domain rule 21); {@code region} is null for a
 * request of this region, else the partner region it comes from (rule 18).
 */
public record RequestView(
        UUID requestId,
        String youthPseudonym,
        int ageYears,
        Gender gender,
        String municipalityCode,
        String responsibleMunicipalityCode,
        Set<Domain> domains,
        Set<UnitKind> acceptableKinds,
        BigDecimal stayIntensityMax,
        Set<String> specialties,
        Urgency urgency,
        LocalDate neededFrom,
        boolean confidential,
        Integer maxDistanceKm,
        GeoPoint home,
        GeoPoint school,
        String previousProviderId,
        UUID linkedToRequestId,
        OffsetDateTime submittedAt,
        boolean followUpAfterCrisis,
        IntendedDestination intendedDestination,
        YearMonth turns18InQuarter,
        boolean treatmentNeeded,
        boolean ambulantAlternativeAllowed,
        Integer shortStayNights,
        boolean familyAdmission,
        String region) {

    public RequestView {
        domains = EnumSets.of(domains, Domain.class);
        acceptableKinds = EnumSets.of(acceptableKinds, UnitKind.class);
    }

    public RequestView withPreviousProviderId(String providerId) {
        return new RequestView(requestId, youthPseudonym, ageYears, gender, municipalityCode,
                responsibleMunicipalityCode, domains, acceptableKinds, stayIntensityMax, specialties, urgency,
                neededFrom, confidential, maxDistanceKm, home, school, providerId, linkedToRequestId, submittedAt,
                followUpAfterCrisis, intendedDestination, turns18InQuarter, treatmentNeeded, ambulantAlternativeAllowed,
                shortStayNights, familyAdmission, region);
    }

    /**
     * The order of the coordinator's list of open requests: by urgency (crisis first), a follow-up
     * after a crisis stay first within its urgency (domain rule 20), then who has waited longest.
     */
    public static final java.util.Comparator<RequestView> BY_URGENCY_THEN_WAITING = java.util.Comparator
            .comparing((RequestView r) -> r.urgency() == null ? Urgency.REGULAR : r.urgency())
            .thenComparing(r -> !r.followUpAfterCrisis())
            .thenComparing(RequestView::submittedAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(RequestView::requestId);

    public boolean isCrisis() {
        return urgency == Urgency.CRISIS;
    }

    public boolean isShortStay() {
        return shortStayNights != null;
    }
}
