package nl.plekwijzer.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.ServerSentEvents;
import nl.plekwijzer.devstack.test.Tokens;

/**
 * The municipal figures from real Kafka topics: a municipality reads its own only, small youth
 * counts are suppressed, the figures follow a status report live, go to dashboard-stats.v1 and
 * into the daily series.
 */
@QuarkusTest
class DashboardIT {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final String MUNICIPALITY = "GM0153";
    private static final String ANALYST = Tokens.municipality(MUNICIPALITY);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/dashboard/stream")
    URI stream;

    @Test
    void anAnalystSeesTheirMunicipalityLiveWithSmallCountsSuppressedAndNoOtherMunicipality() throws Exception {
        String unit = "unit-" + UUID.randomUUID();
        profile(unit, "FAMILY_HOME", MUNICIPALITY, 6);
        availability(unit, "FAMILY_HOME", 6, 2, 4, OffsetDateTime.now());
        String cluster = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            waiting(cluster + i, MUNICIPALITY, "TREATMENT_GROUP", LocalDate.now().minusDays(20));
        }
        await().atMost(SOON).ignoreExceptions().until(() -> snapshot(ANALYST, null).getInt("figures.'places.FAMILY_HOME'") >= 6);
        JsonPath figures = snapshot(ANALYST, null);
        assertThat(figures.getString("municipalityCode")).isEqualTo(MUNICIPALITY);
        assertThat(figures.getMap("figures")).containsKey("waitingYouths.TREATMENT_GROUP");
        assertThat(figures.getString("figures.'waitingYouths.TREATMENT_GROUP'")).isNull();
        assertThat(figures.getString("figures.'medianWaitingDays.TREATMENT_GROUP'")).isNull();
        assertThat(figures.getMap("region")).containsKey("places");

        for (int i = 3; i < 5; i++) {
            waiting(cluster + i, MUNICIPALITY, "TREATMENT_GROUP", LocalDate.now().minusDays(20));
        }
        await().atMost(SOON).ignoreExceptions().until(() -> snapshot(ANALYST, null)
                .getInt("figures.'waitingYouths.TREATMENT_GROUP'") == 5);
        assertThat(snapshot(ANALYST, null).getInt("figures.'medianWaitingDays.TREATMENT_GROUP'")).isEqualTo(20);

        // Live: a status report changes the figures without asking again. A unit in a municipality of
        // its own (Wierden), so that its figure is known exactly before the report.
        String liveUnit = "unit-" + UUID.randomUUID();
        String wierden = Tokens.municipality("GM0189");
        profile(liveUnit, "FAMILY_HOME", "GM0189", 6);
        availability(liveUnit, "FAMILY_HOME", 6, 2, 4, OffsetDateTime.now());
        await().atMost(SOON).ignoreExceptions().until(() -> snapshot(wierden, null).getInt("figures.availablePlaces") == 2);
        List<String> live = ServerSentEvents.follow(stream, wierden);
        availability(liveUnit, "FAMILY_HOME", 6, 3, 3, OffsetDateTime.now().plusSeconds(1));
        await().atMost(SOON).until(() -> live.stream().filter(line -> line.startsWith("data:"))
                .anyMatch(line -> readTree(line.substring(5)).path("figures").path("availablePlaces").asInt() == 3));
        KafkaTestClient.awaitRecord("dashboard-stats.v1", r -> r.key().equals("GM0189")
                && readTree(r.value()).path("figures").path("availablePlaces").asInt() == 3, SOON);
        given().auth().oauth2(ANALYST).when().get("/api/v1/dashboard/history?days=7").then().statusCode(200)
                .body("day", hasItem(LocalDate.now().toString()));

        given().auth().oauth2(Tokens.municipality("GM0164")).queryParam("municipalityCode", MUNICIPALITY)
                .when().get("/api/v1/dashboard/snapshot").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.municipality("GM0164")).queryParam("municipalityCode", MUNICIPALITY)
                .when().get("/api/v1/dashboard/stream").then().statusCode(403);
        given().auth().oauth2(Tokens.provider("98000001")).when().get("/api/v1/dashboard/snapshot").then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator")).queryParam("municipalityCode", MUNICIPALITY)
                .when().get("/api/v1/dashboard/snapshot").then().statusCode(200)
                .body("municipalityCode", equalTo(MUNICIPALITY));
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator")).when().get("/api/v1/dashboard/snapshot")
                .then().statusCode(200).body("municipalityCode", equalTo(null));
    }

    @Test
    void theReferrerMixCountsTheRequestsByKindOfReferrer() {
        // Dinkelland: no other test sends requests for it.
        for (int i = 0; i < 6; i++) {
            TestEvents.request(UUID.randomUUID(), "referrer-mix", "OPEN", LocalDate.now().plusMonths(3), "GM1774",
                    i < 5 ? "RECHTER" : "WIJKTEAM");
        }
        String coordinator = Tokens.withRole("coordinator", "coordinator");
        await().atMost(SOON).ignoreExceptions().until(() -> snapshot(coordinator, "GM1774").getLong("figures.inflow") == 6);
        JsonPath figures = snapshot(coordinator, "GM1774");
        // Five from a court; the one from a neighbourhood team is hidden, and with it the five, so that
        // six minus five tells nothing.
        assertThat(figures.getString("figures.'referrers.WIJKTEAM'")).isNull();
        assertThat(figures.getString("figures.'referrers.RECHTER'")).isNull();
        assertThat(figures.getMap("figures")).containsKeys("referrers.WIJKTEAM", "referrers.RECHTER");
    }

    @Test
    void unmetNeedsCountByTheAgeBandAndGenderOfTheirRequest() {
        String coordinator = Tokens.withRole("coordinator", "coordinator");
        for (int i = 0; i < 5; i++) {
            UUID requestId = UUID.randomUUID();
            TestEvents.request(requestId, "referrer-unmet", "OPEN", LocalDate.now().plusMonths(3));
            KafkaTestClient.send("unmet-needs.v1", requestId.toString(), """
                    {"eventId":"%s","requestId":"%s","urgency":"URGENT","acceptableKinds":["FAMILY_HOME"],
                     "responsibleMunicipalityCode":"GM0392","exclusions":{"PLACE_AVAILABLE":3},"recordedAt":"%s"}"""
                    .formatted(UUID.randomUUID(), requestId, OffsetDateTime.now()));
        }
        // The requests are 14-year-old girls (TestEvents).
        await().atMost(SOON).ignoreExceptions().until(() -> snapshot(coordinator, "GM0392")
                .getLong("figures.'unmetNeedsByAge.12-15'") >= 5
                && snapshot(coordinator, "GM0392").getLong("figures.'unmetNeedsByGender.F'") >= 5);
    }

    @Test
    void aBadOrUnknownMunicipalityIsNamed() {
        String coordinator = Tokens.withRole("coordinator", "coordinator");
        given().auth().oauth2(coordinator).queryParam("municipalityCode", "Haarlem").when()
                .get("/api/v1/dashboard/snapshot").then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("municipalityCode"));
        given().auth().oauth2(coordinator).queryParam("municipalityCode", "GM9999").when()
                .get("/api/v1/dashboard/snapshot").then().statusCode(404).body("field", equalTo("municipalityCode"));
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath snapshot(String token, String municipalityCode) {
        var request = given().auth().oauth2(token);
        if (municipalityCode != null) {
            request = request.queryParam("municipalityCode", municipalityCode);
        }
        return request.when().get("/api/v1/dashboard/snapshot").then().statusCode(200).extract().jsonPath();
    }

    private static void profile(String unit, String kind, String municipality, int places) {
        KafkaTestClient.send("unit-profiles.v1", unit, """
                {"unitId":"%s","providerId":"98000001","providerName":"Jeugdhulp","name":"Unit","kind":"%s",
                 "productCategory":"43","places":%d,"ageMin":4,"ageMax":17,"genders":["F","M"],
                 "domains":["PARENTING_SUPPORT"],"specialties":[],"treatmentOnSite":false,"rosterHoursPerWeek":null,
                 "stayIntensity":null,"intensityBand":null,"acceptsCrisis":false,"acceptsConfidential":false,
                 "municipalityCode":"%s","postcode":"2101AB","latitude":null,"longitude":null,
                 "confirmationIntervalHours":24,"updatedAt":"%s"}""".formatted(unit, kind, places, municipality,
                OffsetDateTime.now()));
    }

    private static void availability(String unit, String kind, int places, int available, int occupied,
            OffsetDateTime at) {
        KafkaTestClient.send("bed-availability.v1", unit, """
                {"unitId":"%s","providerId":"98000001","kind":"%s","places":%d,"availablePlaces":%d,
                 "occupiedPlaces":%d,"heldBackPlaces":0,"light":"GREEN","reason":null,"expectedAvailableFrom":null,
                 "occurredAt":"%s","lastReportedAt":"%s","stale":false}""".formatted(unit, kind, places, available,
                occupied, at, at));
    }

    private static void waiting(String cluster, String municipality, String careFunction, LocalDate registeredOn) {
        KafkaTestClient.send("regional-waitlist.v1", cluster + "|" + careFunction, """
                {"clusterId":"%s","careFunction":"%s","municipalityCode":"%s",
                 "members":[{"providerId":"98000001","providerEntryId":"E-%s","registeredOn":"%s"}],
                 "linkConfidence":"SINGLE","linkScore":null,"placedOn":null,"removed":false,"updatedAt":"%s"}"""
                .formatted(cluster, careFunction, municipality, cluster, registeredOn, OffsetDateTime.now()));
    }
}
