package nl.plekwijzer.availability.unit.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

import nl.plekwijzer.availability.unit.Unit;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;

/** A unit's profile as the REST API shows it; the address is left out where it must stay hidden. */
public record UnitResponse(String unitId, String providerId, String providerName, String name, UnitKind kind,
        String productCategory, int places, int ageMin, int ageMax, Set<Gender> genders, Set<Domain> domains,
        Set<String> specialties, boolean treatmentOnSite, BigDecimal rosterHoursPerWeek, BigDecimal stayIntensity,
        String intensityBand, boolean acceptsCrisis, boolean acceptsConfidential, String municipalityCode,
        String postcode, Double latitude, Double longitude, int confirmationIntervalHours, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, Set<StayLength> stayLengths, boolean acceptsFamilyAdmission,
        UnitProfileUpdated.BackupPool backupPool, boolean detailVisibleToPeers) {

    static UnitResponse of(Unit unit, boolean showAddress) {
        return new UnitResponse(unit.unitId(), unit.providerId(), unit.providerName(), unit.name(), unit.kind(),
                unit.productCategory(), unit.places(), unit.ageMin(), unit.ageMax(), unit.genders(), unit.domains(),
                unit.specialties(), unit.treatmentOnSite(), unit.rosterHoursPerWeek(), unit.stayIntensity(),
                unit.intensityBand(), unit.acceptsCrisis(), unit.acceptsConfidential(), unit.municipalityCode(),
                showAddress ? unit.postcode() : null, showAddress ? unit.latitude() : null,
                showAddress ? unit.longitude() : null, unit.confirmationIntervalHours(), unit.createdAt(),
                unit.updatedAt(), unit.stayLengths(), unit.acceptsFamilyAdmission(), unit.backupPool(),
                unit.detailVisibleToPeers());
    }
}
