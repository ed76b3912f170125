package nl.plekwijzer.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.ServiceFoundationContract;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.foundation.messaging.InboxPruner;

@QuarkusTest
class FoundationIT extends ServiceFoundationContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/notifications";
    }

    /** Every signed-in person has an inbox; the figures are for municipalities, coordinators and admins. */
    @Override
    protected String pathForSomeRolesOnly() {
        return "/api/v1/dashboard/snapshot";
    }

    @Override
    protected String allowedToken() {
        return Tokens.provider("98000001");
    }

    @Override
    protected String incomingTopic() {
        return "unit-freshness.v1";
    }

    @Test
    void staleUnitRemindsItsProviderAndTellsCoordinatorsOnce() {
        String unitId = "unit-" + UUID.randomUUID();
        String stale = """
                {"eventId":"%s","unitId":"%s","providerId":"98000002","lastReportedAt":"2026-11-21T08:00:00+01:00",
                 "confirmationIntervalHours":24,"detectedAt":"%s"}"""
                .formatted(UUID.randomUUID(), unitId, OffsetDateTime.now());

        KafkaTestClient.send("unit-freshness.v1", unitId, stale);
        RecordMetadata duplicate = KafkaTestClient.send("unit-freshness.v1", unitId, stale);
        KafkaTestClient.awaitConsumed("notification-service", duplicate, Duration.ofSeconds(20));

        assertThat(Sql.count("SELECT count(*) FROM notification WHERE subject_ref = ?", unitId)).isEqualTo(2);
        given().auth().oauth2(Tokens.provider("98000002")).when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("subjectRef", hasItem(unitId))
                .body("message", hasItem(containsString("Meld de actuele status")));
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator")).when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("subjectRef", hasItem(unitId));
        given().auth().oauth2(Tokens.provider("98000001")).when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("subjectRef", not(hasItem(unitId)));
    }

    @Inject
    InboxPruner pruner;

    @Test
    void theInboxForgetsEventIdsOlderThanItsTopicsKeepThem() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        Sql.update("INSERT INTO consumed_event (event_id, topic, consumed_at) VALUES (?, 'unit-freshness.v1', now() - interval '36 days'),"
                + " (?, 'unit-freshness.v1', now() - interval '34 days')", old, recent);

        pruner.prune().await().indefinitely();

        assertThat(Sql.count("SELECT count(*) FROM consumed_event WHERE event_id = ?", old)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM consumed_event WHERE event_id = ?", recent)).isEqualTo(1);
    }

    @Test
    void limitOutOfRangeIs422ProblemNamingTheParameter() {
        given().auth().oauth2(Tokens.provider("98000001")).when().get("/api/v1/notifications?limit=0")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("limit")));
    }
}
