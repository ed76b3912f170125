package nl.plekwijzer.availability.query.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import nl.plekwijzer.availability.query.repository.AvailabilityRepository.Found;
import nl.plekwijzer.availability.status.Freshness;
import nl.plekwijzer.availability.status.UnitStatus;
import nl.plekwijzer.availability.unit.Unit;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;

/**
 * One unit in an availability list: its profile and its current status, with {@code stale} exact at
 * the moment of reading. A unit that accepts confidential placements never shows its address or
 * coordinates in a list. Status fields are null until the unit's first report. Beside the
 * provider's figures: {@code heldForProposals}, places that open proposals hold or placements took
 * since the report, and {@code admissiblePlaces}, what is free for a new proposal.
 */
public record AvailabilityItem(String unitId, String providerId, String providerName, String name, UnitKind kind,
        String productCategory, int places, int ageMin, int ageMax, Set<Gender> genders, Set<Domain> domains,
        Set<String> specialties, boolean treatmentOnSite, BigDecimal stayIntensity, String intensityBand,
        boolean acceptsCrisis, boolean acceptsConfidential, String municipalityCode, String postcode,
        Double latitude, Double longitude, int confirmationIntervalHours, Integer availablePlaces,
        Integer occupiedPlaces, Integer heldBackPlaces, int heldForProposals, Integer admissiblePlaces, Light light,
        LightReason reasonCode, String reason, LocalDate expectedAvailableFrom, OffsetDateTime lastReportedAt,
        boolean stale, Set<StayLength> stayLengths, boolean acceptsFamilyAdmission,
        UnitProfileUpdated.BackupPool backupPool, boolean detailVisibleToPeers) {

    static AvailabilityItem of(Found found, OffsetDateTime now) {
        Unit u = found.unit().unit();
        UnitStatus s = found.unit().status();
        int held = found.heldForProposals();
        boolean hideAddress = u.acceptsConfidential();
        OffsetDateTime lastReportedAt = s == null ? null : s.lastReportedAt();
        return new AvailabilityItem(u.unitId(), u.providerId(), u.providerName(), u.name(), u.kind(),
                u.productCategory(), u.places(), u.ageMin(), u.ageMax(), u.genders(), u.domains(), u.specialties(),
                u.treatmentOnSite(), u.stayIntensity(), u.intensityBand(), u.acceptsCrisis(),
                u.acceptsConfidential(), u.municipalityCode(), hideAddress ? null : u.postcode(),
                hideAddress ? null : u.latitude(), hideAddress ? null : u.longitude(),
                u.confirmationIntervalHours(), s == null ? null : s.availablePlaces(),
                s == null ? null : s.occupiedPlaces(), s == null ? null : s.heldBackPlaces(), held,
                s == null ? null : Math.max(0, s.availablePlaces() - held), s == null ? null : s.light(),
                s == null ? null : s.reasonCode(), s == null ? null : s.reason(),
                s == null ? null : s.expectedAvailableFrom(), lastReportedAt,
                Freshness.isStale(lastReportedAt, u.confirmationIntervalHours(), now), u.stayLengths(),
                u.acceptsFamilyAdmission(), u.backupPool(), u.detailVisibleToPeers());
    }
}
