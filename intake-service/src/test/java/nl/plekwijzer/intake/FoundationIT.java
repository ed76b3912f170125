package nl.plekwijzer.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

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
        return "/api/v1/placement-requests/" + UUID.randomUUID();
    }

    @Override
    protected String allowedToken() {
        return Tokens.withRole("coordinator", "coordinator");
    }

    @Override
    protected String incomingTopic() {
        return "placement-events.v1";
    }

    @Test
    void referrerReadsOwnRequestAndTheReadIsLogged() {
        UUID requestId = storedRequest("referrer");

        given().auth().oauth2(Tokens.withRole("referrer", "referrer"))
                .when().get("/api/v1/placement-requests/" + requestId)
                .then().statusCode(200)
                .body("requestId", equalTo(requestId.toString()))
                .body("status", equalTo("OPEN"));

        assertThat(Sql.count("SELECT count(*) FROM access_log WHERE request_id = ? AND actor_subject = 'referrer'"
                + " AND actor_role = 'referrer'", requestId)).isEqualTo(1);
    }

    @Test
    void anotherReferrerIsRefusedAndNothingIsLogged() {
        UUID requestId = storedRequest("referrer");

        given().auth().oauth2(Tokens.withRole("other-referrer", "referrer"))
                .when().get("/api/v1/placement-requests/" + requestId)
                .then().statusCode(403)
                .contentType("application/problem+json");

        assertThat(Sql.count("SELECT count(*) FROM access_log WHERE request_id = ?", requestId)).isZero();
    }

    @Test
    void placedEventClosesTheRequestOnce() {
        UUID requestId = storedRequest("referrer");
        UUID eventId = UUID.randomUUID();
        String placed = """
                {"eventId":"%s","type":"PLACED","proposalId":null,"requestId":"%s","unitId":"unit-1",
                 "providerId":"98000001","bridgingPlacement":false,"reason":null,
                 "occurredAt":"2026-11-22T10:00:00+01:00"}""".formatted(eventId, requestId);

        KafkaTestClient.send("placement-events.v1", requestId.toString(), placed);
        KafkaTestClient.send("placement-events.v1", requestId.toString(), placed);

        await().atMost(Duration.ofSeconds(20)).until(() -> "PLACED".equals(
                Sql.string("SELECT status FROM placement_request WHERE request_id = ?", requestId)));
        assertThat(Sql.count("SELECT count(*) FROM consumed_event WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    private static UUID storedRequest(String referrerSubject) {
        UUID requestId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        Sql.update("INSERT INTO placement_request (request_id, referrer_subject, youth_pseudonym, status, submitted_at,"
                + " updated_at) VALUES (?, ?, ?, 'OPEN', ?, ?)", requestId, referrerSubject, "ab".repeat(32), now, now);
        return requestId;
    }

    @Test
    void providerRoleIsRefusedWith403() {
        assertForbidden(Tokens.provider("98000001"), "/api/v1/placement-requests/" + UUID.randomUUID());
    }
}
