package nl.plekwijzer.matching.suggestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.plekwijzer.contracts.AmbulantProgrammeType;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.AmbulantProgrammeUpdated;
import nl.plekwijzer.devstack.test.Tokens;

/**
 * The fields of the regions' rules, each walked from the events availability-service and
 * intake-service publish to a ranked, explained suggestion. The units here take only 22- and
 * 23-year-olds, so no unit of another test fits these requests.
 */
@QuarkusTest
class RulesIT {

    private static final Duration STATE = Duration.ofSeconds(20);
    private static final LocalDate BORN = LocalDate.now().minusYears(22).minusDays(30);
    private static final String REFERRER = "referrer-rules";

    @Test
    void aUnitWithTreatmentOnSiteRanksFirstAndAStayWithoutItSaysTreatmentIsToBeArranged() throws Exception {
        String onSite = unit(UnitKind.FAMILY_HOME, Map.of("treatmentOnSite", true));
        String without = unit(UnitKind.FAMILY_HOME, Map.of());
        UUID request = request(Set.of(UnitKind.FAMILY_HOME), Map.of("treatmentNeeded", true), Map.of());

        JsonPath list = awaitSuggested(request, onSite, without);

        Map<String, Object> first = suggestion(list, onSite);
        Map<String, Object> second = suggestion(list, without);
        assertThat((int) first.get("rank")).isLessThan((int) second.get("rank"));
        assertThat(first.get("treatmentToArrange")).isEqualTo(false);
        assertThat(second.get("treatmentToArrange")).isEqualTo(true);
        assertThat(componentsOf(second)).containsEntry("TREATMENT_ON_SITE", 0.0f);
        assertThat(componentsOf(first)).containsEntry("TREATMENT_ON_SITE", 1.0f);
    }

    @Test
    void anOrangeUnitRanksBelowAnEqualGreenOneAndShowsItsReason() throws Exception {
        String green = unit(UnitKind.FOSTER_CARE, Map.of());
        String orange = unit(UnitKind.FOSTER_CARE, Map.of());
        Events.availability(orange, "98000071", UnitKind.FOSTER_CARE, 1, Light.ORANGE, LightReason.STAFFING,
                "twee vacatures");
        UUID request = request(Set.of(UnitKind.FOSTER_CARE), Map.of(), Map.of());

        JsonPath list = awaitSuggested(request, green, orange);
        await().atMost(STATE).until(() -> "ORANGE".equals(suggestion(suggestions(request), orange).get("light")));
        list = suggestions(request);

        Map<String, Object> orangeOne = suggestion(list, orange);
        assertThat(orangeOne.get("reasonCode")).isEqualTo("STAFFING");
        assertThat(orangeOne.get("reason")).isEqualTo("twee vacatures");
        assertThat(suggestion(list, green).get("light")).isEqualTo("GREEN");
        assertThat((int) suggestion(list, green).get("rank")).isLessThan((int) orangeOne.get("rank"));
        assertThat(componentsOf(orangeOne)).containsEntry("LIGHT", 0.0f);
    }

    @Test
    void aShortStayGoesToRespiteOrHarmonicaPlacesAndALongStayNotToRespiteOnly() throws Exception {
        String respite = unit(UnitKind.RESPITE, Map.of());
        String harmonica = unit(UnitKind.FAMILY_HOME, Map.of("stayLengths", List.of("SHORT", "LONG")));
        String longOnly = unit(UnitKind.FAMILY_HOME, Map.of());
        Set<UnitKind> kinds = Set.of(UnitKind.RESPITE, UnitKind.FAMILY_HOME);

        UUID shortStay = request(kinds, Map.of("shortStay", Map.of("nights", 2, "rhythm", "WEEKLY")), Map.of());
        UUID longStay = request(kinds, Map.of(), Map.of());

        awaitSuggested(shortStay, respite, harmonica);
        awaitSuggested(longStay, harmonica, longOnly);
        assertThat(unitIds(suggestions(shortStay))).doesNotContain(longOnly);
        assertThat(unitIds(suggestions(longStay))).doesNotContain(respite);
        assertThat(suggestions(shortStay).getInt("excluded.STAY_LENGTH_OFFERED")).isPositive();
    }

    @Test
    void aParentWithTheChildOnlyWhereFamilyAdmissionsAreTaken() throws Exception {
        String takesParents = unit(UnitKind.RESIDENTIAL_GROUP, Map.of("acceptsFamilyAdmission", true));
        String childrenOnly = unit(UnitKind.RESIDENTIAL_GROUP, Map.of());
        UUID family = request(Set.of(UnitKind.RESIDENTIAL_GROUP), Map.of("familyAdmission", true), Map.of());

        awaitSuggested(family, takesParents);
        assertThat(unitIds(suggestions(family))).doesNotContain(childrenOnly);
        assertThat(suggestions(family).getInt("excluded.FAMILY_ADMISSION_ACCEPTED")).isPositive();
    }

    @Test
    void aPartnerRegionsRequestIsOfferedOnlyPoolPlacesSharedWithItAndNoOverrideProposesAnother() throws Exception {
        String pooled = unit(UnitKind.CRISIS_BED, Map.of("backupPool",
                Map.of("name", "Bovenregionaal crisisbed Oost", "regions", List.of("ACHTERHOEK"))));
        String local = unit(UnitKind.CRISIS_BED, Map.of());
        Set<UnitKind> kinds = Set.of(UnitKind.CRISIS_BED);
        UUID fromAchterhoek = UUID.randomUUID();
        // A crisis bed is for a youth in crisis: the partner's request is a crisis too.
        Events.requestWith(fromAchterhoek, REFERRER, kinds, "GM0392", BORN, Map.of("urgency", "CRISIS",
                "neededFrom", LocalDate.now().toString()), Map.of("region", "ACHTERHOEK"));
        UUID ownCrisis = UUID.randomUUID();
        Events.requestWith(ownCrisis, REFERRER, kinds, "GM0392", BORN, Map.of("urgency", "CRISIS",
                "neededFrom", LocalDate.now().toString()), Map.of("region", "TWENTE"));

        JsonPath partner = awaitSuggested(fromAchterhoek, pooled);
        awaitSuggested(ownCrisis, pooled, local);
        assertThat(unitIds(partner)).doesNotContain(local);
        assertThat(suggestion(partner, pooled).get("backupPool")).isEqualTo("Bovenregionaal crisisbed Oost");

        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator")).contentType("application/json")
                .body("{\"unitIds\":[\"" + local + "\"],\"overrideReason\":\"geen ander bed\"}")
                .when().post("/api/v1/placement-requests/" + fromAchterhoek + "/proposals")
                .then().statusCode(422)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("unitIds[0]"))
                .body("violations[0].message", containsString("SHARED_WITH_REQUESTS_REGION"));
    }

    @Test
    void ambulantProgrammesComeFirstLightestFirstWhereTheRequestAllowsThem() throws Exception {
        String bed = unit(UnitKind.TREATMENT_GROUP, Map.of());
        String mst = "mst-" + UUID.randomUUID();
        String iag = "iag-" + UUID.randomUUID();
        Events.programme(programme(mst, AmbulantProgrammeType.MST, "GM0392"));
        Events.programme(programme(iag, AmbulantProgrammeType.IAG, "GM0392"));
        Events.programme(programme("fact-" + UUID.randomUUID(), AmbulantProgrammeType.FACT, "GM0153"));
        UUID allows = request(Set.of(UnitKind.TREATMENT_GROUP), Map.of("ambulantAlternativeAllowed", true), Map.of());
        UUID stayOnly = request(Set.of(UnitKind.TREATMENT_GROUP), Map.of(), Map.of());

        awaitSuggested(allows, bed);
        await().atMost(STATE).until(() -> suggestions(allows).getList("ambulantAlternatives.programmeId").contains(mst));
        JsonPath list = suggestions(allows);
        List<String> alternatives = list.getList("ambulantAlternatives.programmeId");
        assertThat(alternatives).containsSubsequence(iag, mst).hasSize(2);
        assertThat(list.getString("ambulantAlternatives[0].type")).isEqualTo("IAG");
        assertThat(suggestions(stayOnly).getList("ambulantAlternatives")).isEmpty();

        Events.programme(new AmbulantProgrammeUpdated(iag, "98000072", "Jeugdhulp Twente", "IAG", AmbulantProgrammeType.IAG,
                18, 23, Set.of(Domain.PARENTING_SUPPORT), Set.of("GM0392"), 2, false, OffsetDateTime.now()));
        await().atMost(STATE).until(() -> !suggestions(allows).getList("ambulantAlternatives.programmeId").contains(iag));
    }

    private static AmbulantProgrammeUpdated programme(String id, AmbulantProgrammeType type, String municipality) {
        return new AmbulantProgrammeUpdated(id, "98000072", "Jeugdhulp Twente", type.name() + " Twente", type, 18, 23,
                Set.of(Domain.PARENTING_SUPPORT), Set.of(municipality), 4, true, OffsetDateTime.now());
    }

    /** A unit for 22- and 23-year-olds with one free place, GREEN, and these profile fields. */
    private static String unit(UnitKind kind, Map<String, Object> fields) throws Exception {
        String unitId = "unit-" + UUID.randomUUID();
        Map<String, Object> profile = new HashMap<>(fields);
        profile.put("ageMin", 22);
        profile.put("ageMax", 23);
        Events.profileWith(unitId, "98000071", kind, "GM0153", profile);
        Events.availability(unitId, "98000071", kind, 1, Light.GREEN, null, null);
        return unitId;
    }

    private static UUID request(Set<UnitKind> kinds, Map<String, Object> needs, Map<String, Object> fields)
            throws Exception {
        UUID requestId = UUID.randomUUID();
        Events.requestWith(requestId, REFERRER, kinds, "GM0392", BORN, needs, fields);
        return requestId;
    }

    private static JsonPath awaitSuggested(UUID requestId, String... unitIds) {
        await().atMost(STATE).ignoreExceptions().until(() -> unitIds(suggestions(requestId)).containsAll(List.of(unitIds)));
        return suggestions(requestId);
    }

    private static JsonPath suggestions(UUID requestId) {
        return given().auth().oauth2(Tokens.withRole(REFERRER, "referrer"))
                .when().get("/api/v1/placement-requests/" + requestId + "/suggestions?limit=25")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> unitIds(JsonPath list) {
        return list.getList("suggestions.unitId");
    }

    private static Map<String, Object> suggestion(JsonPath list, String unitId) {
        return list.getMap("suggestions.find { it.unitId == '" + unitId + "' }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> componentsOf(Map<String, Object> suggestion) {
        return (Map<String, Object>) ((Map<String, Object>) suggestion.get("explanation")).get("components");
    }
}
