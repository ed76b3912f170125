package nl.plekwijzer.intake;

import static io.restassured.RestAssured.given;
import static nl.plekwijzer.intake.IntakeForms.aYouth;
import static nl.plekwijzer.intake.IntakeForms.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.plekwijzer.devstack.test.DevStackTestResource;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

/**
 * The real PostgreSQL stops while placement events arrive and starts again: the events are not
 * dead-lettered but applied once the database is back (each youth's request closes), without a
 * restart; meanwhile the API answers 503 with a problem.
 */
@QuarkusTest
class DatabaseOutageIT {

    @Test
    void placementsThatArriveWhileTheDatabaseIsAwayCloseTheirRequestsOnceItIsBack() {
        List<UUID> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(submitted("referrer-outage", aYouth()));
        }
        List<UUID> events = new ArrayList<>();
        place(requests.get(0), events);
        await().atMost(Duration.ofSeconds(20)).until(() -> placed(requests) == 1);

        DevStackTestResource.stopDatabase();
        try {
            for (UUID request : requests.subList(1, 4)) {
                place(request, events);
            }
            given().auth().oauth2(Tokens.withRole("admin", "admin")).when().get("/api/v1/access-log")
                    .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
            IntakeForms.submit("referrer-outage", IntakeForms.form(aYouth()))
                    .statusCode(503).contentType("application/problem+json");
            // Several failed tries of the consumer (back-off from 0.2 s), and not one event dead-lettered.
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(500))
                    .until(() -> KafkaTestClient.readAll("placement-events.v1.dlq").stream().noneMatch(r -> requests.stream().anyMatch(id -> id.toString().equals(r.key()))));
        } finally {
            DevStackTestResource.startDatabase();
        }
        for (UUID request : requests.subList(4, 6)) {
            place(request, events);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> placed(requests) == requests.size());
        assertThat(Sql.count("SELECT count(*) FROM consumed_event WHERE event_id = ANY(?::uuid[])",
                (Object) events.stream().map(UUID::toString).toArray(String[]::new))).isEqualTo(events.size());
        List<String> keys = requests.stream().map(UUID::toString).toList();
        assertThat(KafkaTestClient.readAll("placement-events.v1.dlq")).noneMatch(r -> keys.contains(r.key()));
    }

    private static void place(UUID requestId, List<UUID> events) {
        UUID eventId = UUID.randomUUID();
        KafkaTestClient.send("placement-events.v1", requestId.toString(), """
                {"eventId":"%s","type":"PLACED","proposalId":null,"requestId":"%s","unitId":"unit-1",
                 "providerId":"98000001","bridgingPlacement":false,"reason":null,
                 "occurredAt":"2026-11-22T10:00:00+01:00"}""".formatted(eventId, requestId));
        events.add(eventId);
    }

    private static long placed(List<UUID> requests) {
        return requests.stream()
                .filter(id -> "PLACED".equals(Sql.string("SELECT status FROM placement_request WHERE request_id = ?", id)))
                .count();
    }
}
