package nl.plekwijzer.contracts.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;

/**
 * The current profile of a unit: what it offers, to whom, where (snapshot, keyed by unit id).
 * {@code stayLengths}, {@code acceptsFamilyAdmission}, {@code backupPool} and
 * {@code detailVisibleToPeers} came later: older events lack them (null, false).
 */
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
        OffsetDateTime updatedAt,
        Set<StayLength> stayLengths,
        boolean acceptsFamilyAdmission,
        BackupPool backupPool,
        boolean detailVisibleToPeers) {

    /**
     * A supra-regional pool of back-up places (domain rule 18): its places are offered to requests
     * from the regions named here as well as to the unit's own region.
     */
    public record BackupPool(String name, Set<String> regions) {
    }

    /** The stays the unit offers; events from before this field default by kind. */
    public Set<StayLength> stayLengthsOrDefault() {
        return stayLengths == null || stayLengths.isEmpty() ? StayLength.defaultFor(kind) : stayLengths;
    }
}
