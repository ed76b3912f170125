package nl.plekwijzer.availability.unit;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;

/** A unit of a provider with its expertise profile, as stored; {@code stayLengths} is never empty. */
public record Unit(
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
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Set<StayLength> stayLengths,
        boolean acceptsFamilyAdmission,
        UnitProfileUpdated.BackupPool backupPool,
        boolean detailVisibleToPeers) {

    public UnitProfileUpdated toEvent() {
        return new UnitProfileUpdated(unitId, providerId, providerName, name, kind, productCategory, places, ageMin,
                ageMax, genders, domains, specialties, treatmentOnSite, rosterHoursPerWeek, stayIntensity,
                intensityBand, acceptsCrisis, acceptsConfidential, municipalityCode, postcode, latitude, longitude,
                confirmationIntervalHours, updatedAt, stayLengths, acceptsFamilyAdmission, backupPool,
                detailVisibleToPeers);
    }
}
