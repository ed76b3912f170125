package nl.plekwijzer.contracts.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;

/** The current profile of a unit: what it offers, to whom, where (snapshot, keyed by unit id). */
public record UnitProfileUpdated(
        String unitId,
        String providerId,
        String providerName,
        String name,
        UnitKind kind,
        String productCategory,
        int places,
        int ageMin,
        int ageMax,
        Set<Gender> genders,
        Set<Domain> domains,
        Set<String> specialties,
        boolean treatmentOnSite,
        BigDecimal rosterHoursPerWeek,
        BigDecimal stayIntensity,
        String intensityBand,
        boolean acceptsCrisis,
        boolean acceptsConfidential,
        String municipalityCode,
        String postcode,
        Double latitude,
        Double longitude,
        int confirmationIntervalHours,
        OffsetDateTime updatedAt) {
}
