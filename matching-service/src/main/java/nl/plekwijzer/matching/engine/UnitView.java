package nl.plekwijzer.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;

/**
 * What matching knows of a unit: its profile and its latest availability. {@code location} is its
 * coordinates, or its municipality's centroid, or null; {@code light} is null before a first report,
 * {@code reasonCode} and {@code reason} say why it is ORANGE or RED. {@code backupPoolName} is null
 * for a unit outside a supra-regional pool; {@code backupPoolRegions} the other regions it serves.
 */
public record UnitView(
        String unitId,
        String providerId,
        String name,
        UnitKind kind,
        int ageMin,
        int ageMax,
        Set<Gender> genders,
        Set<Domain> domains,
        Set<String> specialties,
        boolean treatmentOnSite,
        BigDecimal stayIntensity,
        boolean acceptsCrisis,
        boolean acceptsConfidential,
        String municipalityCode,
        GeoPoint location,
        int availablePlaces,
        Light light,
        LocalDate expectedAvailableFrom,
        boolean stale,
        LightReason reasonCode,
        String reason,
        Set<StayLength> stayLengths,
        boolean acceptsFamilyAdmission,
        String backupPoolName,
        Set<String> backupPoolRegions) {

    public UnitView {
        genders = EnumSets.of(genders, Gender.class);
        domains = EnumSets.of(domains, Domain.class);
        stayLengths = EnumSets.of(stayLengths, StayLength.class);
    }
}
