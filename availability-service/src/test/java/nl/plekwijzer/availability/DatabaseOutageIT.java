package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.plekwijzer.devstack.test.DevStackTestResource;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

/**
 * The real PostgreSQL stops in the middle of a stream of status events and starts again: the
 * consumer retries instead of dead-lettering, recovers by itself, and applies every event once;
 * meanwhile the API answers 503 with a problem.
 */
@QuarkusTest
class DatabaseOutageIT {

    private static final OffsetDateTime START = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
            .minusMinutes(30);

    @Test
    void statusEventsSentWhileTheDatabaseIsAwayAreAllAppliedOnceItIsBack() {
        String unitId = Fixtures.registeredUnit();
        List<UUID> sent = new ArrayList<>();
        send(unitId, sent, 10);
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(unitId) >= 1);

        DevStackTestResource.stopDatabase();
        try {
            RecordMetadata firstWhileAway = send(unitId, sent, 20);
            given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                    .when().get("/api/v1/availability")
                    .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
            given().auth().oauth2(Tokens.provider(Fixtures.PROVIDER_A)).contentType(ContentType.JSON)
                    .body(Fixtures.report(UUID.randomUUID(), START, 1, 1))
                    .when().post("/api/v1/units/" + unitId + "/status")
                    .then().statusCode(503).contentType("application/problem+json");
            // Several failed tries of the consumer (back-off from 0.2 s): not one event dead-lettered, and
            // the offset stays where it was (nothing counts as consumed before it is stored).
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(500))
                    .until(() -> KafkaTestClient.readAll("bed-status.v1.dlq").stream().noneMatch(r -> unitId.equals(r.key()))
                            && !KafkaTestClient.consumed("availability-service", firstWhileAway));
        } finally {
            DevStackTestResource.startDatabase();
        }
        send(unitId, sent, 10);

        await().atMost(Duration.ofSeconds(60)).until(() -> applied(unitId) == sent.size());
        assertThat(KafkaTestClient.readAll("bed-status.v1.dlq")).noneMatch(r -> unitId.equals(r.key()));
        UUID last = sent.get(sent.size() - 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Sql.string("SELECT event_id::text FROM unit_status WHERE unit_id = ?", unitId)).isEqualTo(last.toString()));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
    }

    /** Sends {@code count} status events and returns where the first went. */
    private static RecordMetadata send(String unitId, List<UUID> sent, int count) {
        RecordMetadata first = null;
        for (int i = 0; i < count; i++) {
            UUID eventId = UUID.randomUUID();
            OffsetDateTime occurredAt = START.plusSeconds(sent.size());
            RecordMetadata metadata = KafkaTestClient.send("bed-status.v1", unitId, """
                    {"eventId":"%s","unitId":"%s","occurredAt":"%s","availablePlaces":%d,"occupiedPlaces":%d}"""
                    .formatted(eventId, unitId, occurredAt, sent.size() % 3, 3));
            sent.add(eventId);
            first = first == null ? metadata : first;
        }
        return first;
    }

    private static long applied(String unitId) {
        return Sql.count("SELECT count(*) FROM status_event WHERE unit_id = ?", unitId);
    }
}
