package nl.plekwijzer.matching.state;

import java.util.EnumSet;
import java.util.Set;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.contracts.events.AmbulantProgrammeUpdated;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.matching.engine.GeoPoint;
import nl.plekwijzer.matching.engine.ProgrammeView;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.UnitView;
import nl.plekwijzer.matching.geo.Centroids;

/** Turns the events matching consumes into the engine's views; locations from coordinates or centroids. */
public final class Views {

    private static final Set<UnitKind> CRISIS_KINDS = EnumSet.of(UnitKind.CRISIS_BED, UnitKind.CRISIS_GROUP);

    private final Centroids municipalities;
    private final Centroids pc4Areas;
    private final String ownRegion;

    /** @param ownRegion this region's code: a request naming it is a local request */
    public Views(Centroids municipalities, Centroids pc4Areas, String ownRegion) {
        this.municipalities = municipalities;
        this.pc4Areas = pc4Areas;
        this.ownRegion = ownRegion;
    }

    /**
     * @param availability null before the unit's first report: no place, no light, stale
     * @param heldPlaces   places of the last report that proposals hold or placements since took
     */
    public UnitView unit(UnitProfileUpdated profile, UnitAvailabilityChanged availability, int heldPlaces) {
        GeoPoint location = profile.latitude() != null && profile.longitude() != null
                ? new GeoPoint(profile.latitude(), profile.longitude())
                : municipalities.of(profile.municipalityCode());
        return new UnitView(profile.unitId(), profile.providerId(), profile.name(), profile.kind(), profile.ageMin(),
                profile.ageMax(), profile.genders(), profile.domains(), profile.specialties(),
                profile.treatmentOnSite(), profile.stayIntensity(), profile.acceptsCrisis(),
                profile.acceptsConfidential(), profile.municipalityCode(), location,
                availability == null ? 0 : Math.max(0, availability.availablePlaces() - heldPlaces),
                availability == null ? null : availability.light(),
                availability == null ? null : availability.expectedAvailableFrom(),
                availability == null || availability.stale(),
                availability == null ? null : availability.reasonCode(),
                availability == null ? null : availability.reason(),
                profile.stayLengthsOrDefault(), profile.acceptsFamilyAdmission(),
                profile.backupPool() == null ? null : profile.backupPool().name(),
                profile.backupPool() == null ? Set.of() : profile.backupPool().regions());
    }

    /**
     * The nights of a short stay, or null for a long one. A request from before short stays had a
     * field that accepts respite only can only be for a short stay: its nights are not known (0).
     */
    static Integer shortStayNights(PlacementRequestUpdated.Needs needs) {
        if (needs.shortStay() != null) {
            return needs.shortStay().nights();
        }
        return needs.acceptableKinds().equals(Set.of(UnitKind.RESPITE)) ? 0 : null;
    }

    /** An active programme; null for one that was withdrawn. */
    public ProgrammeView programme(AmbulantProgrammeUpdated event) {
        return !event.active() ? null : new ProgrammeView(event.programmeId(), event.providerId(), event.providerName(),
                event.name(), event.type(), event.ageMin(), event.ageMax(), event.domains(), event.municipalityCodes(),
                event.waitingWeeks());
    }

    /**
     * A follow-up after a crisis (domain rule 20) seeks the place after the crisis stay: no crisis
     * place, and as URGENT, for the crisis itself is over.
     */
    public RequestView request(PlacementRequestUpdated event, String previousProviderId) {
        GeoPoint home = pc4Areas.of(event.pc4());
        if (home == null) {
            home = municipalities.of(event.municipalityCode());
        }
        var needs = event.needs();
        Set<UnitKind> kinds = needs.acceptableKinds();
        Urgency urgency = needs.urgency();
        if (event.followUpAfterCrisis()) {
            kinds = EnumSet.noneOf(UnitKind.class);
            needs.acceptableKinds().stream().filter(kind -> !CRISIS_KINDS.contains(kind)).forEach(kinds::add);
            urgency = urgency == Urgency.CRISIS ? Urgency.URGENT : urgency;
        }
        return new RequestView(event.requestId(), event.youthPseudonym(), event.ageYears(), event.gender(),
                event.municipalityCode(), event.responsibleMunicipalityCode(), needs.domains(), kinds,
                needs.stayIntensityMax(), needs.specialties(), urgency, needs.neededFrom(), needs.confidential(),
                needs.maxDistanceKm(), home, pc4Areas.of(needs.schoolPc4()), previousProviderId,
                event.linkedToRequestId(), event.submittedAt(), event.followUpAfterCrisis(),
                event.intendedDestination(), event.turns18InQuarter(),
                needs.treatmentNeeded(), needs.ambulantAlternativeAllowed(), shortStayNights(needs),
                needs.familyAdmission(),
                event.region() == null || event.region().equals(ownRegion) ? null : event.region());
    }
}
