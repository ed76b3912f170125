package nl.plekwijzer.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.IntendedDestination;
import nl.plekwijzer.contracts.ReferrerType;
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
 * (the request expires after it).
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
        LinkageKeys linkageKeys,
        UUID linkedToRequestId,
        String referrerId,
        OffsetDateTime submittedAt,
        OffsetDateTime updatedAt,
        String previousProviderId,
        IntendedDestination intendedDestination,
        boolean followUpAfterCrisis,
        LocalDate decisionValidUntil,
        ReferrerType referrerType) {

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
            Integer maxDistanceKm) {
    }
}
