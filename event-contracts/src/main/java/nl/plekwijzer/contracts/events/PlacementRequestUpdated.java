package nl.plekwijzer.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.IntendedDestination;
import nl.plekwijzer.contracts.ReferrerType;
import nl.plekwijzer.contracts.ShortStayRhythm;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;

/**
 * The current state of a placement request, pseudonymous (snapshot, keyed by request id).
 * No name, no BSN: the youth is a keyed-hash pseudonym plus coarse attributes. {@code referrerId}
 * is the opaque token subject of the referrer, so that only they and coordinators see the request.
 * {@code previousProviderId}: the provider the youth came from, when the referrer named one (the way back).
 * {@code intendedDestination}: where the youth should go after the stay (the goal itself is free text
 * and stays in intake). {@code followUpAfterCrisis}: the request was opened again because its crisis
 * placement became a bridging placement (domain rule 20): it keeps its waiting time and goes first
 * among equals. {@code decisionValidUntil}: the last day the municipality's decision allows care
 * (the request expires after it). {@code region}: the youth-care region the request comes from when
 * it is not this one (a partner in a shared back-up pool, domain rule 18); null for this region.
 * In {@code needs}: {@code treatmentNeeded} and {@code ambulantAlternativeAllowed} say what the
 * youth needs of treatment (domain rule 4), {@code shortStay} a short stay instead of a long one
 * (rule 21), {@code familyAdmission} a place for a parent with the child (rule 23). Events from
 * before these fields lack them (null, false). {@code turns18InQuarter}: the quarter of the youth's 18th
 * birthday (domain rule 25), as its first month ({@link #quarterOf}): the month would, with PC4 and
 * gender, nearly identify a child, and the birth date itself does not leave intake.
 */
public record PlacementRequestUpdated(
        UUID requestId,
        String youthPseudonym,
        Status status,
        int ageYears,
        Gender gender,
        String pc4,
        String municipalityCode,
        String responsibleMunicipalityCode,
        Needs needs,
        UUID linkedToRequestId,
        String referrerId,
        OffsetDateTime submittedAt,
        OffsetDateTime updatedAt,
        String previousProviderId,
        IntendedDestination intendedDestination,
        boolean followUpAfterCrisis,
        LocalDate decisionValidUntil,
        ReferrerType referrerType,
        String region,
        YearMonth turns18InQuarter) {

    /** The quarter a date falls in, as the quarter's first month (2031-05-17 is 2031-04). */
    public static YearMonth quarterOf(LocalDate date) {
        return YearMonth.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1);
    }

    public enum Status {
        OPEN, PLACED, WITHDRAWN, EXPIRED
    }

    public record Needs(
            Set<Domain> domains,
            Set<UnitKind> acceptableKinds,
            BigDecimal stayIntensityMax,
            boolean treatmentNeeded,
            Set<String> specialties,
            Urgency urgency,
            LocalDate neededFrom,
            boolean confidential,
            String schoolPc4,
            Integer maxDistanceKm,
            boolean ambulantAlternativeAllowed,
            ShortStay shortStay,
            boolean familyAdmission) {
    }

    /** A short stay (domain rule 21): nights per stay and how often it recurs. */
    public record ShortStay(int nights, ShortStayRhythm rhythm) {
    }
}
