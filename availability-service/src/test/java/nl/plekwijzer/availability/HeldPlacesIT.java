package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Tokens;

/**
 * Held places are not free anywhere: proposals and placements of matching-service
 * (placement-events.v1) show beside the provider's figures until answered, or until the provider's
 * next report for a placement.
 */
@QuarkusTest
class HeldPlacesIT {

    private static final Duration SOON = Duration.ofSeconds(20);

    @Test
    void proposalsHoldPlacesUntilAnsweredAndAPlacementUntilItEndsOrTheNextReport() {
        String unitId = Fixtures.registeredUnit();
        OffsetDateTime reported = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusMinutes(5);
        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), reported, 2, 4));
        await().atMost(SOON).ignoreExceptions().until(() -> view(unitId).getInt("[0].availablePlaces") == 2);

        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        send("PROPOSED", first, unitId);
        RecordMetadata repeated = send("PROPOSED", first, unitId);
        await().atMost(SOON).ignoreExceptions().until(() -> view(unitId).getInt("[0].heldForProposals") == 1);
        KafkaTestClient.awaitConsumed("availability-service", repeated, SOON);
        JsonPath oneHeld = view(unitId);
        assertThat(oneHeld.getInt("[0].heldForProposals")).as("a repeated event counts once").isEqualTo(1);
        assertThat(oneHeld.getInt("[0].availablePlaces")).as("the provider's own figure").isEqualTo(2);
        assertThat(oneHeld.getInt("[0].admissiblePlaces")).isEqualTo(1);

        send("PROPOSED", second, unitId);
        await().atMost(SOON).ignoreExceptions().until(() -> view(unitId).getInt("[0].admissiblePlaces") == 0);
        assertThat(given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/availability?availableOnly=true&unitId=" + unitId)
                .then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();

        send("EXPIRED", first, unitId);
        send("ACCEPTED", second, unitId);
        await().atMost(SOON).ignoreExceptions().until(() -> view(unitId).getInt("[0].heldForProposals") == 0
                && view(unitId).getInt("[0].admissiblePlaces") == 2);
        send("PLACED", second, unitId);
        await().atMost(SOON).ignoreExceptions().until(() -> view(unitId).getInt("[0].heldForProposals") == 1
                && view(unitId).getInt("[0].admissiblePlaces") == 1);

        // The provider's next report is the new truth: the placement is in its figures now.
        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), 1, 5));
        await().atMost(SOON).ignoreExceptions().until(() -> view(unitId).getInt("[0].availablePlaces") == 1
                && view(unitId).getInt("[0].heldForProposals") == 0 && view(unitId).getInt("[0].admissiblePlaces") == 1);

        // A placement made after the last report and then ended gives its place back.
        UUID third = UUID.randomUUID();
        send("PROPOSED", third, unitId);
        send("ACCEPTED", third, unitId);
        send("PLACED", third, unitId);
        await().atMost(SOON).ignoreExceptions().until(() -> view(unitId).getInt("[0].admissiblePlaces") == 0);
        send("ENDED", third, unitId);
        await().atMost(SOON).ignoreExceptions().until(() -> view(unitId).getInt("[0].heldForProposals") == 0
                && view(unitId).getInt("[0].admissiblePlaces") == 1);
    }

    private static RecordMetadata send(String type, UUID proposalId, String unitId) {
        return KafkaTestClient.send("placement-events.v1", "request-of-" + proposalId, """
                {"eventId":"%s","type":"%s","proposalId":"%s","requestId":"%s","unitId":"%s",
                 "providerId":"%s","bridgingPlacement":false,"reason":null,"occurredAt":"%s"}"""
                .formatted(UUID.randomUUID(), type, proposalId, UUID.randomUUID(), unitId, Fixtures.PROVIDER_A,
                        OffsetDateTime.now(ZoneOffset.UTC)));
    }

    private static JsonPath view(String unitId) {
        return given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/availability?unitId=" + unitId)
                .then().statusCode(200).extract().jsonPath();
    }
}
