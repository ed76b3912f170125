package nl.plekwijzer.matching.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.matching.TestClock;
import nl.plekwijzer.matching.suggestion.Events;

/**
 * The crisis clocks on real Kafka and PostgreSQL, with the service's clock moved on by the test
 * (the clocks run every second in the tests): day 29 of a crisis stay is a bridging placement, day
 * 28 is not; a mental-health crisis bed from day 8; the follow-up place ends the bridging placement;
 * a crisis request nobody accepted within a day is escalated once.
 */
@QuarkusTest
class CrisisClocksIT {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final String COORDINATOR = Tokens.withRole("coordinator", "coordinator");

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aCrisisStayIsBridgingFromDay29AMentalHealthCrisisBedFromDay8AndTheFollowUpPlaceEndsTheBridging()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String crisisGroup = "crisis-group-" + tag;
        String mentalHealthBed = "ggz-bed-" + tag;
        Events.profile(crisisGroup, "98000021", UnitKind.CRISIS_GROUP, "GM0392");
        Events.availability(crisisGroup, "98000021", UnitKind.CRISIS_GROUP, 1);
        Events.profile(mentalHealthBed, "98000022", UnitKind.CRISIS_BED, "GM0392",
                Set.of(Domain.PARENTING_SUPPORT, Domain.MENTAL_HEALTH));
        Events.availability(mentalHealthBed, "98000022", UnitKind.CRISIS_BED, 1);
        LocalDate today = LocalDate.now();
        PlacementRequestUpdated crisis = Events.requestEvent(UUID.randomUUID(), "referrer-crisis",
                Set.of(UnitKind.CRISIS_GROUP, UnitKind.RESIDENTIAL_GROUP), "GM0392", Urgency.CRISIS,
                OffsetDateTime.now(), null, today, "c1".repeat(32), today.minusYears(14), false);
        // This youth turns 18 three days from now, during a seven-day crisis stay.
        PlacementRequestUpdated nearlyAdult = Events.requestEvent(UUID.randomUUID(), "referrer-crisis",
                Set.of(UnitKind.CRISIS_BED), "GM0392", Urgency.CRISIS, OffsetDateTime.now(), null, today,
                "c2".repeat(32), today.plusDays(3).minusYears(18), false);
        Events.send(crisis);
        Events.send(nearlyAdult);
        UUID crisisStay = placed(crisis.requestId(), crisisGroup, "98000021");
        UUID mentalHealthStay = placed(nearlyAdult.requestId(), mentalHealthBed, "98000022");
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?unitId=" + mentalHealthBed
                + "&flag=CROSSES_18TH_BIRTHDAY").then().statusCode(200)
                .body("placementId", hasItem(mentalHealthStay.toString()));

        clock.moveOn(Duration.ofDays(7));
        assertStillCrisis(crisisStay, mentalHealthStay);
        clock.moveOn(Duration.ofDays(1));
        awaitBridging(mentalHealthStay, nearlyAdult.requestId());
        assertStillCrisis(crisisStay);
        clock.moveOn(Duration.ofDays(20));
        assertStillCrisis(crisisStay);
        clock.moveOn(Duration.ofDays(1));
        awaitBridging(crisisStay, crisis.requestId());
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?unitId=" + crisisGroup + "&state=BRIDGING")
                .then().statusCode(200).body("placementId", hasItem(crisisStay.toString()));
        // The coordinator's list of the region's bridging placements, and only those.
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?state=BRIDGING&limit=1000")
                .then().statusCode(200).body("placementId", hasItem(crisisStay.toString()))
                .body("bridgingPlacement", everyItem(equalTo(true)));
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?state=ACTIVE")
                .then().statusCode(400).body("field", equalTo("requestId"));

        // Until intake opens the request again, it counts as placed.
        given().auth().oauth2(COORDINATOR).contentType("application/json")
                .body("{\"unitIds\":[\"" + mentalHealthBed + "\"],\"overrideReason\":\"test\"}")
                .when().post("/api/v1/placement-requests/" + crisis.requestId() + "/proposals")
                .then().statusCode(409).body("type", containsString("request-placed"));

        // Intake opens it again for the follow-up place; it goes before a youth who waited longer.
        String followUpUnit = "follow-up-" + tag;
        Events.profile(followUpUnit, "98000023", UnitKind.RESIDENTIAL_GROUP, "GM0392");
        Events.availability(followUpUnit, "98000023", UnitKind.RESIDENTIAL_GROUP, 1);
        PlacementRequestUpdated waitedLonger = Events.requestEvent(UUID.randomUUID(), "referrer-crisis",
                Set.of(UnitKind.RESIDENTIAL_GROUP), "GM0392", Urgency.URGENT, OffsetDateTime.now().minusDays(60), null,
                today, "c3".repeat(32), today.minusYears(14), false);
        Events.send(waitedLonger);
        // The follow-up place is needed two days from the service's today (day 29 of the stay).
        LocalDate followUpFrom = today.plusDays(31);
        Events.send(Events.requestEvent(crisis.requestId(), "referrer-crisis", crisis.needs().acceptableKinds(),
                "GM0392", Urgency.CRISIS, crisis.submittedAt(), null, followUpFrom, "c1".repeat(32),
                today.minusYears(14), true));
        await().atMost(SOON).ignoreExceptions().until(() -> given().auth().oauth2(COORDINATOR)
                .when().get("/api/v1/units/" + followUpUnit + "/candidates").then().extract().jsonPath()
                .getList("candidates.requestId").containsAll(List.of(crisis.requestId().toString(),
                        waitedLonger.requestId().toString())));
        List<String> candidates = given().auth().oauth2(COORDINATOR).when()
                .get("/api/v1/units/" + followUpUnit + "/candidates").then().extract().jsonPath()
                .getList("candidates.requestId");
        assertThat(candidates.indexOf(crisis.requestId().toString()))
                .isLessThan(candidates.indexOf(waitedLonger.requestId().toString()));

        UUID followUpStay = placed(crisis.requestId(), followUpUnit, "98000023");
        // Until the follow-up starts, the youth stays in the bridging placement.
        assertThat(Sql.string("SELECT state FROM placement WHERE placement_id = ?", crisisStay)).isEqualTo("ACTIVE");
        clock.moveOn(Duration.ofDays(2));
        await().atMost(SOON).until(() -> "ENDED".equals(Sql.string("SELECT state FROM placement WHERE placement_id = ?",
                crisisStay)));
        JsonPath stays = given().auth().oauth2(COORDINATOR).when()
                .get("/api/v1/placements?requestId=" + crisis.requestId()).then().statusCode(200).extract().jsonPath();
        String bridging = "find { it.placementId == '" + crisisStay + "' }";
        String followUp = "find { it.placementId == '" + followUpStay + "' }";
        assertThat(stays.getString(bridging + ".state")).isEqualTo("ENDED");
        assertThat(stays.getString(bridging + ".destination")).isEqualTo("ANOTHER_PLACEMENT");
        assertThat(stays.getString(bridging + ".endedOn")).isEqualTo(followUpFrom.toString())
                .isEqualTo(stays.getString(followUp + ".startDate"));
        assertThat(stays.getString(followUp + ".state")).isEqualTo("ACTIVE");
        assertThat(stays.getString(followUp + ".followUpOf")).isEqualTo(crisisStay.toString());
        assertThat(stays.getString(followUp + ".crisisEndDate")).isNull();
        assertThat(stays.getString(followUp + ".kind")).isEqualTo("RESIDENTIAL_GROUP");
        assertThat(stays.getString(followUp + ".intendedDestination")).isEqualTo("HOME");
        KafkaTestClient.awaitRecord("placement-events.v1", r -> r.value().contains("\"ENDED\"")
                && r.value().contains(crisisGroup), SOON);
    }

    /** Proposes the request to the unit and lets its provider accept; returns the placement. */
    private static UUID placed(UUID request, String unit, String providerId) {
        await().atMost(SOON).ignoreExceptions().until(() -> given().auth().oauth2(COORDINATOR)
                .when().get("/api/v1/placement-requests/" + request + "/suggestions?limit=25").then().extract()
                .jsonPath().getList("suggestions.unitId").contains(unit));
        String proposal = given().auth().oauth2(COORDINATOR).contentType("application/json")
                .body("{\"unitIds\":[\"" + unit + "\"]}")
                .when().post("/api/v1/placement-requests/" + request + "/proposals")
                .then().statusCode(201).extract().path("proposals[0].proposalId");
        given().auth().oauth2(Tokens.provider(providerId)).when().post("/api/v1/proposals/" + proposal + "/accept")
                .then().statusCode(200);
        return UUID.fromString(given().auth().oauth2(COORDINATOR).when()
                .get("/api/v1/placements?requestId=" + request + "&unitId=" + unit).then().statusCode(200)
                .extract().path("[0].placementId"));
    }

    /** The relabelling runs every second in the tests: three runs change nothing. */
    private static void assertStillCrisis(UUID... placements) {
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> {
            for (UUID placement : placements) {
                if (Sql.string("SELECT bridging_placement::text FROM placement WHERE placement_id = ?", placement)
                        .startsWith("t")) {
                    return false;
                }
            }
            return true;
        });
    }

    private static void awaitBridging(UUID placement, UUID request) {
        await().atMost(SOON).until(() -> Sql.string("SELECT bridging_placement::text FROM placement"
                + " WHERE placement_id = ?", placement).startsWith("t"));
        KafkaTestClient.awaitRecord("placement-events.v1", r -> r.key().equals(request.toString())
                && r.value().contains("\"BRIDGING\""), SOON);
    }

    @Test
    void aCrisisPlacementGetsItsEndDate() throws Exception {
        String unit = "crisis-" + UUID.randomUUID().toString().substring(0, 8);
        Events.profile(unit, "98000021", UnitKind.CRISIS_GROUP, "GM0392");
        Events.availability(unit, "98000021", UnitKind.CRISIS_GROUP, 1);
        UUID request = UUID.randomUUID();
        Events.request(request, "referrer-crisis", Set.of(UnitKind.CRISIS_GROUP), "GM0392", Urgency.CRISIS);
        await().atMost(SOON).ignoreExceptions().until(() -> given().auth().oauth2(COORDINATOR)
                .when().get("/api/v1/placement-requests/" + request + "/suggestions?limit=25").then().extract()
                .jsonPath().getList("suggestions.unitId").contains(unit));

        String proposal = given().auth().oauth2(COORDINATOR).contentType("application/json")
                .body("{\"unitIds\":[\"" + unit + "\"]}")
                .when().post("/api/v1/placement-requests/" + request + "/proposals")
                .then().statusCode(201).extract().path("proposals[0].proposalId");
        given().auth().oauth2(Tokens.provider("98000021")).when().post("/api/v1/proposals/" + proposal + "/accept")
                .then().statusCode(200);

        JsonPath placed = given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?requestId=" + request)
                .then().statusCode(200).extract().jsonPath();
        assertThat(LocalDate.parse(placed.getString("[0].crisisEndDate")))
                .isEqualTo(LocalDate.parse(placed.getString("[0].startDate")).plusDays(CrisisClock.CRISIS_DAYS));
    }

    @Test
    void aCrisisRequestNobodyAcceptedWithinADayIsEscalatedOnce() throws Exception {
        UUID old = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        Events.request(old, "referrer-crisis", Set.of(UnitKind.CRISIS_BED), "GM0392", Urgency.CRISIS,
                OffsetDateTime.now().minusHours(25));
        Events.request(fresh, "referrer-crisis", Set.of(UnitKind.CRISIS_BED), "GM0392", Urgency.CRISIS,
                OffsetDateTime.now().minusHours(2));

        KafkaTestClient.awaitRecord("placement-events.v1", r -> r.key().equals(old.toString())
                && r.value().contains("\"ESCALATED\""), SOON);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() ->
                KafkaTestClient.readAll("placement-events.v1").stream()
                        .filter(r -> r.key().equals(old.toString()) && r.value().contains("\"ESCALATED\"")).count() == 1
                        && KafkaTestClient.readAll("placement-events.v1").stream()
                                .noneMatch(r -> r.key().equals(fresh.toString())));
    }
}
