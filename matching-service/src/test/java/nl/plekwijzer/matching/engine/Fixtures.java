package nl.plekwijzer.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;

/** A unit and a request that fit each other, and ways to change one thing about them. */
public final class Fixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    public static final GeoPoint HAARLEM = new GeoPoint(52.3874, 4.6462);
    public static final GeoPoint HEEMSTEDE = new GeoPoint(52.3526, 4.6220);
    public static final GeoPoint AMSTERDAM = new GeoPoint(52.3676, 4.9041);
    public static final GeoPoint ENSCHEDE = new GeoPoint(52.2215, 6.8937);

    private Fixtures() {
    }

    public static final class UnitBuilder {
        public String unitId = "unit-1";
        public String providerId = "98000001";
        public String name = "Gezinshuis Zwanenhof";
        public UnitKind kind = UnitKind.FAMILY_HOME;
        public int ageMin = 4;
        public int ageMax = 17;
        public Set<Gender> genders = EnumSet.allOf(Gender.class);
        public Set<Domain> domains = EnumSet.of(Domain.PARENTING_SUPPORT, Domain.MENTAL_HEALTH);
        public Set<String> specialties = Set.of("TRAUMA");
        public boolean treatmentOnSite = false;
        public BigDecimal stayIntensity = new BigDecimal("4.76");
        public boolean acceptsCrisis = true;
        public boolean acceptsConfidential = true;
        public String municipalityCode = "GM0397";
        public GeoPoint location = HEEMSTEDE;
        public int availablePlaces = 1;
        public Light light = Light.GREEN;
        public LocalDate expectedAvailableFrom = null;
        public boolean stale = false;
        public LightReason reasonCode = null;
        public String reason = null;
        public Set<StayLength> stayLengths = EnumSet.of(StayLength.LONG);
        public boolean acceptsFamilyAdmission = false;
        public String backupPoolName = null;
        public Set<String> backupPoolRegions = Set.of();

        UnitView build() {
            return new UnitView(unitId, providerId, name, kind, ageMin, ageMax, genders, domains, specialties,
                    treatmentOnSite, stayIntensity, acceptsCrisis, acceptsConfidential, municipalityCode, location,
                    availablePlaces, light, expectedAvailableFrom, stale, reasonCode, reason, stayLengths,
                    acceptsFamilyAdmission, backupPoolName, backupPoolRegions);
        }
    }

    public static final class RequestBuilder {
        public UUID requestId = UUID.nameUUIDFromBytes("request-1".getBytes());
        public String youthPseudonym = "ab".repeat(32);
        public int ageYears = 13;
        public Gender gender = Gender.F;
        public String municipalityCode = "GM0392";
        public Set<Domain> domains = EnumSet.of(Domain.PARENTING_SUPPORT);
        public Set<UnitKind> acceptableKinds = EnumSet.of(UnitKind.FOSTER_CARE, UnitKind.FAMILY_HOME,
                UnitKind.RESIDENTIAL_GROUP, UnitKind.CRISIS_GROUP, UnitKind.CRISIS_BED, UnitKind.TREATMENT_GROUP);
        public BigDecimal stayIntensityMax = null;
        public Set<String> specialties = Set.of();
        public Urgency urgency = Urgency.URGENT;
        public LocalDate neededFrom = TODAY.plusDays(14);
        public boolean confidential = false;
        public Integer maxDistanceKm = null;
        public GeoPoint home = HAARLEM;
        public GeoPoint school = null;
        public String previousProviderId = null;
        public UUID linkedToRequestId = null;
        public OffsetDateTime submittedAt = OffsetDateTime.parse("2026-11-01T09:00:00+01:00");
        public boolean followUpAfterCrisis = false;
        public boolean treatmentNeeded = false;
        public boolean ambulantAlternativeAllowed = false;
        public Integer shortStayNights = null;
        public boolean familyAdmission = false;
        public String region = null;

        RequestView build() {
            return new RequestView(requestId, youthPseudonym, ageYears, gender, municipalityCode, municipalityCode,
                    domains, acceptableKinds, stayIntensityMax, specialties, urgency, neededFrom, confidential,
                    maxDistanceKm, home, school, previousProviderId, linkedToRequestId, submittedAt,
                    followUpAfterCrisis, null, null, treatmentNeeded, ambulantAlternativeAllowed, shortStayNights,
                    familyAdmission, region);
        }
    }

    public static UnitView unit(Consumer<UnitBuilder> change) {
        UnitBuilder builder = new UnitBuilder();
        change.accept(builder);
        return builder.build();
    }

    public static UnitView unit() {
        return unit(u -> { });
    }

    public static RequestView request(Consumer<RequestBuilder> change) {
        RequestBuilder builder = new RequestBuilder();
        change.accept(builder);
        return builder.build();
    }

    public static RequestView request() {
        return request(r -> { });
    }
}
