package nl.plekwijzer.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.ServiceFoundationContract;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

@QuarkusTest
class FoundationIT extends ServiceFoundationContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/placements?requestId=" + UUID.randomUUID();
    }

    @Override
    protected String allowedToken() {
        return Tokens.withRole("coordinator", "coordinator");
    }

    @Override
    protected String incomingTopic() {
        return "bed-availability.v1";
    }

    @Test
    void availabilitySnapshotsAreMaterialisedAndAnOlderOneDoesNotOverwrite() {
        String unitId = "unit-" + UUID.randomUUID();
        KafkaTestClient.send("bed-availability.v1", unitId, snapshot(unitId, 2, "2026-11-22T10:00:00+01:00"));
        RecordMetadata older = KafkaTestClient.send("bed-availability.v1", unitId,
                snapshot(unitId, 5, "2026-11-22T09:00:00+01:00"));

        KafkaTestClient.awaitConsumed("matching-service", older, Duration.ofSeconds(20));
        assertThat(Sql.string("SELECT available_places FROM unit_availability WHERE unit_id = ?", unitId))
                .isEqualTo("2");
    }

    @Test
    void coordinatorSeesPlacementsOfARequest() {
        UUID requestId = UUID.randomUUID();
        UUID placementId = UUID.randomUUID();
        Sql.update("INSERT INTO placement (placement_id, request_id, unit_id, provider_id, bridging_placement, placed_at)"
                + " VALUES (?, ?, 'unit-1', '98000001', true, ?)", placementId, requestId, Timestamp.from(Instant.now()));

        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/placements?requestId=" + requestId)
                .then().statusCode(200)
                .body("placementId", contains(placementId.toString()))
                .body("[0].bridgingPlacement", equalTo(true));
    }

    @Test
    void missingRequestIdIs400ProblemNamingTheField() {
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/placements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("requestId"));
    }

    private static String snapshot(String unitId, int available, String occurredAt) {
        return """
                {"unitId":"%s","providerId":"98000001","kind":"FAMILY_HOME","places":6,"availablePlaces":%d,
                 "occupiedPlaces":3,"heldBackPlaces":0,"light":"GREEN","reason":null,"expectedAvailableFrom":null,
                 "occurredAt":"%s","lastReportedAt":"%s","stale":false}""".formatted(unitId, available, occurredAt,
                occurredAt);
    }

    @Test
    void referrerRoleIsRefusedWith403() {
        assertForbidden(Tokens.withRole("referrer", "referrer"), "/api/v1/placements?requestId=" + UUID.randomUUID());
    }
}
