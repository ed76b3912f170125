package nl.plekwijzer.matching.engine;

import static nl.plekwijzer.matching.engine.Fixtures.request;
import static nl.plekwijzer.matching.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;

/** Every hard rule, once letting a pair through and once stopping it (and only it). */
class HardRuleTest {

    @Test
    void theFixturesFitEachOther() {
        assertThat(HardRule.broken(Pair.of(request(), unit()))).isEmpty();
    }

    @Test
    void placeAvailableNowOrByNeededFrom() {
        assertOnlyBroken(request(), unit(u -> u.availablePlaces = 0), HardRule.PLACE_AVAILABLE);
        assertFits(request(), unit(u -> {
            u.availablePlaces = 0;
            u.expectedAvailableFrom = Fixtures.TODAY.plusDays(14);
        }));
        assertOnlyBroken(request(), unit(u -> {
            u.availablePlaces = 0;
            u.expectedAvailableFrom = Fixtures.TODAY.plusDays(15);
        }), HardRule.PLACE_AVAILABLE);
    }

    @Test
    void ageWithinTheUnitsRange() {
        assertFits(request(r -> r.ageYears = 17), unit());
        assertFits(request(r -> r.ageYears = 4), unit());
        assertOnlyBroken(request(r -> r.ageYears = 18), unit(), HardRule.AGE_IN_RANGE);
        assertOnlyBroken(request(r -> r.ageYears = 3), unit(), HardRule.AGE_IN_RANGE);
    }

    @Test
    void genderAccepted() {
        assertOnlyBroken(request(r -> r.gender = Gender.M), unit(u -> u.genders = Set.of(Gender.F)),
                HardRule.GENDER_ACCEPTED);
        assertFits(request(r -> r.gender = Gender.F), unit(u -> u.genders = Set.of(Gender.F)));
    }

    @Test
    void everyDomainOfTheYouthCovered() {
        assertOnlyBroken(request(r -> r.domains = EnumSet.of(Domain.PARENTING_SUPPORT, Domain.INTELLECTUAL_DISABILITY)),
                unit(), HardRule.DOMAINS_COVERED);
        assertFits(request(r -> r.domains = EnumSet.of(Domain.PARENTING_SUPPORT, Domain.MENTAL_HEALTH)), unit());
    }

    @Test
    void kindAmongTheAcceptableKinds() {
        assertOnlyBroken(request(r -> r.acceptableKinds = EnumSet.of(UnitKind.FOSTER_CARE)), unit(),
                HardRule.KIND_ACCEPTABLE);
    }

    @Test
    void crisisOnlyToUnitsThatAcceptCrisis() {
        assertOnlyBroken(request(r -> r.urgency = Urgency.CRISIS), unit(u -> u.acceptsCrisis = false),
                HardRule.CRISIS_ACCEPTED);
        assertFits(request(r -> r.urgency = Urgency.URGENT), unit(u -> u.acceptsCrisis = false));
    }

    @Test
    void underTwelveNeverToACrisisGroupWhateverTheUrgency() {
        UnitView crisisGroup = unit(u -> u.kind = UnitKind.CRISIS_GROUP);
        assertOnlyBroken(request(r -> {
            r.urgency = Urgency.CRISIS;
            r.ageYears = 11;
        }), crisisGroup, HardRule.NO_CRISIS_GROUP_UNDER_12);
        // An 11-year-old asked for as URGENT who lists crisis groups among the acceptable kinds.
        assertThat(HardRule.broken(Pair.of(request(r -> {
            r.urgency = Urgency.URGENT;
            r.ageYears = 11;
        }), crisisGroup))).contains(HardRule.NO_CRISIS_GROUP_UNDER_12);
        assertFits(request(r -> {
            r.urgency = Urgency.CRISIS;
            r.ageYears = 12;
        }), crisisGroup);
        assertFits(request(r -> {
            r.urgency = Urgency.CRISIS;
            r.ageYears = 11;
        }), unit(u -> u.kind = UnitKind.FAMILY_HOME));
    }

    @Test
    void aCrisisPlaceIsForAYouthInCrisisOnly() {
        for (UnitKind crisisPlace : EnumSet.of(UnitKind.CRISIS_GROUP, UnitKind.CRISIS_BED)) {
            for (Urgency urgency : EnumSet.of(Urgency.URGENT, Urgency.REGULAR)) {
                assertOnlyBroken(request(r -> r.urgency = urgency), unit(u -> u.kind = crisisPlace),
                        HardRule.NO_CRISIS_PLACE_WITHOUT_CRISIS);
            }
            assertFits(request(r -> r.urgency = Urgency.CRISIS), unit(u -> u.kind = crisisPlace));
        }
    }

    @Test
    void crisisYouthsNeverToARegularGroup() {
        for (UnitKind regular : EnumSet.of(UnitKind.RESIDENTIAL_GROUP, UnitKind.TREATMENT_GROUP)) {
            assertOnlyBroken(request(r -> r.urgency = Urgency.CRISIS), unit(u -> u.kind = regular),
                    HardRule.NO_CRISIS_IN_REGULAR_GROUP);
            assertFits(request(r -> r.urgency = Urgency.URGENT), unit(u -> u.kind = regular));
        }
    }

    @Test
    void lvbOnlyNeverToAGgzOnlyPlaceByTheDomainRule() {
        var lvbOnly = request(r -> r.domains = EnumSet.of(Domain.INTELLECTUAL_DISABILITY));
        var ggzTreatment = unit(u -> {
            u.domains = EnumSet.of(Domain.MENTAL_HEALTH);
            u.treatmentOnSite = true;
        });
        assertOnlyBroken(lvbOnly, ggzTreatment, HardRule.DOMAINS_COVERED);
        assertFits(lvbOnly, unit(u -> {
            u.domains = EnumSet.of(Domain.MENTAL_HEALTH, Domain.INTELLECTUAL_DISABILITY);
            u.treatmentOnSite = true;
        }));
    }

    @Test
    void confidentialOnlyWhereAccepted() {
        var confidential = request(r -> r.confidential = true);
        assertOnlyBroken(confidential, unit(u -> u.acceptsConfidential = false), HardRule.CONFIDENTIAL_ACCEPTED);
        assertFits(confidential, unit());
        // No rule of the regions keeps a confidential placement out of the youth's own municipality.
        assertFits(confidential, unit(u -> u.municipalityCode = "GM0392"));
        assertFits(request(), unit(u -> u.acceptsConfidential = false));
    }

    @Test
    void aShortStayOnlyWhereShortStaysAreOfferedAndALongOneNotInARespiteOnlyPlace() {
        var shortStay = request(r -> r.shortStayNights = 2);
        var respiteOnly = unit(u -> {
            u.kind = UnitKind.RESPITE;
            u.stayLengths = EnumSet.of(StayLength.SHORT);
        });
        var harmonica = unit(u -> u.stayLengths = EnumSet.of(StayLength.SHORT, StayLength.LONG));
        var request = request(r -> r.acceptableKinds = EnumSet.of(UnitKind.RESPITE, UnitKind.FAMILY_HOME));
        var shortRequest = request(r -> {
            r.acceptableKinds = EnumSet.of(UnitKind.RESPITE, UnitKind.FAMILY_HOME);
            r.shortStayNights = 2;
        });

        assertOnlyBroken(shortStay, unit(), HardRule.STAY_LENGTH_OFFERED);
        assertFits(shortStay, harmonica);
        assertFits(shortRequest, respiteOnly);
        assertOnlyBroken(request, respiteOnly, HardRule.STAY_LENGTH_OFFERED);
        assertFits(request, harmonica);
    }

    @Test
    void aParentWithTheChildOnlyWhereFamilyAdmissionsAreTaken() {
        var family = request(r -> r.familyAdmission = true);
        assertOnlyBroken(family, unit(), HardRule.FAMILY_ADMISSION_ACCEPTED);
        assertFits(family, unit(u -> u.acceptsFamilyAdmission = true));
        assertFits(request(), unit(u -> u.acceptsFamilyAdmission = true));
    }

    @Test
    void aPartnerRegionsRequestOnlyToAPoolSharedWithThatRegionAndNoOverridePassesIt() {
        var fromAchterhoek = request(r -> r.region = "ACHTERHOEK");
        var sharedWithAchterhoek = unit(u -> {
            u.backupPoolName = "Bovenregionaal crisisbed Oost";
            u.backupPoolRegions = Set.of("ACHTERHOEK", "IJSSELLAND");
        });

        assertOnlyBroken(fromAchterhoek, unit(), HardRule.SHARED_WITH_REQUESTS_REGION);
        assertFits(fromAchterhoek, sharedWithAchterhoek);
        assertOnlyBroken(request(r -> r.region = "FRIESLAND"), sharedWithAchterhoek,
                HardRule.SHARED_WITH_REQUESTS_REGION);
        assertFits(request(), sharedWithAchterhoek);
        assertThat(HardRule.SHARED_WITH_REQUESTS_REGION.overridable()).isFalse();
        assertThat(HardRule.FAMILY_ADMISSION_ACCEPTED.overridable()).isTrue();
    }

    @Test
    void stayIntensityNotAboveTheMaximum() {
        assertOnlyBroken(request(r -> r.stayIntensityMax = new BigDecimal("4.50")), unit(),
                HardRule.STAY_INTENSITY_WITHIN_MAX);
        assertFits(request(r -> r.stayIntensityMax = new BigDecimal("4.76")), unit());
    }

    @Test
    void redUnitsExcluded() {
        assertOnlyBroken(request(), unit(u -> u.light = Light.RED), HardRule.NOT_RED);
        assertFits(request(), unit(u -> u.light = Light.ORANGE));
    }

    @Test
    void withinTheMaximumDistanceWhenOneIsGiven() {
        assertOnlyBroken(request(r -> r.maxDistanceKm = 15), unit(u -> u.location = Fixtures.AMSTERDAM),
                HardRule.WITHIN_MAX_DISTANCE);
        assertFits(request(r -> r.maxDistanceKm = 20), unit(u -> u.location = Fixtures.AMSTERDAM));
        assertThat(Fixtures.HAARLEM.kmTo(Fixtures.AMSTERDAM)).as("Haarlem to Amsterdam").isBetween(17.0, 18.5);
        assertFits(request(r -> r.maxDistanceKm = 5), unit(u -> u.location = null));
    }

    private static void assertFits(RequestView request, UnitView unit) {
        assertThat(HardRule.broken(Pair.of(request, unit))).isEmpty();
    }

    private static void assertOnlyBroken(RequestView request, UnitView unit, HardRule rule) {
        assertThat(HardRule.broken(Pair.of(request, unit))).containsExactly(rule);
    }
}
