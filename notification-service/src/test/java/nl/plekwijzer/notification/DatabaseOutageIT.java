package nl.plekwijzer.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
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
 * The real PostgreSQL stops while stale-unit events arrive and starts again: none is dead-lettered,
 * each becomes its two notifications once the database is back, without a restart; meanwhile the
 * API answers 503 with a problem.
 */
@QuarkusTest
class DatabaseOutageIT {

    @Test
    void staleUnitsReportedWhileTheDatabaseIsAwayAreNotifiedOnceItIsBack() {
        String providerId = "98" + (100000 + (int) (Math.random() * 800000));
        List<String> units = new ArrayList<>();
        stale(providerId, units);
        await().atMost(Duration.ofSeconds(20)).until(() -> notified(providerId) == 1);

        DevStackTestResource.stopDatabase();
        try {
            for (int i = 0; i < 4; i++) {
                stale(providerId, units);
            }
            given().auth().oauth2(Tokens.provider(providerId)).when().get("/api/v1/notifications")
                    .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
            // Several failed tries of the consumer (back-off from 0.2 s), and not one event dead-lettered.
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(500))
                    .until(() -> KafkaTestClient.readAll("unit-freshness.v1.dlq").stream().noneMatch(r -> units.contains(r.key())));
        } finally {
            DevStackTestResource.startDatabase();
        }
        stale(providerId, units);

        await().atMost(Duration.ofSeconds(60)).until(() -> notified(providerId) == units.size());
        for (String unitId : units) {
            assertThat(Sql.count("SELECT count(*) FROM notification WHERE subject_ref = ?", unitId)).isEqualTo(2);
        }
        assertThat(KafkaTestClient.readAll("unit-freshness.v1.dlq")).noneMatch(r -> units.contains(r.key()));
    }

    private static void stale(String providerId, List<String> units) {
        String unitId = "unit-" + UUID.randomUUID();
        KafkaTestClient.send("unit-freshness.v1", unitId, """
                {"eventId":"%s","unitId":"%s","providerId":"%s","lastReportedAt":"2026-11-21T08:00:00+01:00",
                 "confirmationIntervalHours":24,"detectedAt":"%s"}"""
                .formatted(UUID.randomUUID(), unitId, providerId, OffsetDateTime.now()));
        units.add(unitId);
    }

    /** Units of the provider with a reminder to it. */
    private static long notified(String providerId) {
        return Sql.count("SELECT count(*) FROM notification WHERE recipient = ?", "provider:" + providerId);
    }
}
