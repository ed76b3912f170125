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
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;

/** A unit and a request that fit each other, and ways to change one thing about them. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final GeoPoint HAARLEM = new GeoPoint(52.3874, 4.6462);
    static final GeoPoint HEEMSTEDE = new GeoPoint(52.3526, 4.6220);
    static final GeoPoint AMSTERDAM = new GeoPoint(52.3676, 4.9041);
    static final GeoPoint ENSCHEDE = new GeoPoint(52.2215, 6.8937);

    private Fixtures() {
    }

    static final class UnitBuilder {
        String unitId = "unit-1";
        String providerId = "98000001";
        String name = "Gezinshuis Zwanenhof";
        UnitKind kind = UnitKind.FAMILY_HOME;
        int ageMin = 4;
        int ageMax = 17;
        Set<Gender> genders = EnumSet.allOf(Gender.class);
        Set<Domain> domains = EnumSet.of(Domain.PARENTING_SUPPORT, Domain.MENTAL_HEALTH);
        Set<String> specialties = Set.of("TRAUMA");
        boolean treatmentOnSite = false;
        BigDecimal stayIntensity = new BigDecimal("4.76");
        boolean acceptsCrisis = true;
        boolean acceptsConfidential = true;
        String municipalityCode = "GM0397";
        GeoPoint location = HEEMSTEDE;
        int availablePlaces = 1;
        Light light = Light.GREEN;
        LocalDate expectedAvailableFrom = null;
        boolean stale = false;

        UnitView build() {
            return new UnitView(unitId, providerId, name, kind, ageMin, ageMax, genders, domains, specialties,
                    treatmentOnSite, stayIntensity, acceptsCrisis, acceptsConfidential, municipalityCode, location,
                    availablePlaces, light, expectedAvailableFrom, stale);
        }
    }

    static final class RequestBuilder {
        UUID requestId = UUID.nameUUIDFromBytes("request-1".getBytes());
        String youthPseudonym = "ab".repeat(32);
        int ageYears = 13;
        Gender gender = Gender.F;
        String municipalityCode = "GM0392";
        Set<Domain> domains = EnumSet.of(Domain.PARENTING_SUPPORT);
        Set<UnitKind> acceptableKinds = EnumSet.of(UnitKind.FOSTER_CARE, UnitKind.FAMILY_HOME,
                UnitKind.RESIDENTIAL_GROUP, UnitKind.CRISIS_GROUP, UnitKind.CRISIS_BED, UnitKind.TREATMENT_GROUP);
        BigDecimal stayIntensityMax = null;
        Set<String> specialties = Set.of();
        Urgency urgency = Urgency.URGENT;
        LocalDate neededFrom = TODAY.plusDays(14);
        boolean confidential = false;
        Integer maxDistanceKm = null;
        GeoPoint home = HAARLEM;
        GeoPoint school = null;
        String previousProviderId = null;
        UUID linkedToRequestId = null;
        OffsetDateTime submittedAt = OffsetDateTime.parse("2026-11-01T09:00:00+01:00");

        RequestView build() {
            return new RequestView(requestId, youthPseudonym, ageYears, gender, municipalityCode, municipalityCode,
                    domains, acceptableKinds, stayIntensityMax, specialties, urgency, neededFrom, confidential,
                    maxDistanceKm, home, school, previousProviderId, linkedToRequestId, submittedAt);
        }
    }

    static UnitView unit(Consumer<UnitBuilder> change) {
        UnitBuilder builder = new UnitBuilder();
        change.accept(builder);
        return builder.build();
    }

    static UnitView unit() {
        return unit(u -> { });
    }

    static RequestView request(Consumer<RequestBuilder> change) {
        RequestBuilder builder = new RequestBuilder();
        change.accept(builder);
        return builder.build();
    }

    static RequestView request() {
        return request(r -> { });
    }
}
