package nl.plekwijzer.matching.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.matching.suggestion.Events;

/**
 * The crisis clocks on real Kafka and PostgreSQL (the clock runs every second in the tests; the
 * days are set in the data): day 29 of a crisis stay is a bridging placement, day 28 is not; a
 * crisis request nobody accepted within a day is escalated once.
 */
@QuarkusTest
class CrisisClocksIT {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final String COORDINATOR = Tokens.withRole("coordinator", "coordinator");

    @Test
    void aCrisisStayPastItsEndIsRelabelledBridgingAndOneOnItsLastDayIsNot() {
        UUID pastEnd = placement(LocalDate.now().minusDays(29), LocalDate.now().minusDays(1));
        UUID lastDay = placement(LocalDate.now().minusDays(28), LocalDate.now());

        await().atMost(SOON).until(() -> "t".equals(Sql.string(
                "SELECT bridging_placement::text FROM placement WHERE placement_id = ?", pastEnd).substring(0, 1)));
        KafkaTestClient.awaitRecord("placement-events.v1", r -> r.value().contains("\"BRIDGING\"")
                && r.value().contains(requestOf(pastEnd)), SOON);
        assertThat(Sql.string("SELECT bridging_placement::text FROM placement WHERE placement_id = ?", lastDay))
                .startsWith("f");
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?unitId=crisis-unit&state=BRIDGING")
                .then().statusCode(200).body("placementId", hasItem(pastEnd.toString()))
                .body("placementId", not(hasItem(lastDay.toString())));
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?unitId=crisis-unit&state=ACTIVE")
                .then().statusCode(200).body("placementId", hasItem(lastDay.toString()))
                .body("placementId", not(hasItem(pastEnd.toString())));
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

    private static UUID placement(LocalDate start, LocalDate crisisEnd) {
        UUID placementId = UUID.randomUUID();
        Sql.update("INSERT INTO placement (placement_id, request_id, unit_id, provider_id, bridging_placement,"
                + " placed_at, start_date, crisis_end_date, state) VALUES (?, ?, 'crisis-unit', '98000021', false, ?,"
                + " ?, ?, 'ACTIVE')", placementId, UUID.randomUUID(), Timestamp.from(Instant.now()), Date.valueOf(start),
                Date.valueOf(crisisEnd));
        return placementId;
    }

    private static String requestOf(UUID placementId) {
        return Sql.string("SELECT request_id::text FROM placement WHERE placement_id = ?", placementId);
    }
}
