package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import nl.plekwijzer.devstack.FreePort;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

/** When the broker does not confirm a report, the caller hears 503 with what to send again, and readiness goes DOWN. */
@QuarkusTest
@TestProfile(BrokerUnavailableIT.StatusProducerCannotReachTheBroker.class)
class BrokerUnavailableIT {

    /** Only the REST status producer points at a port where no broker listens. */
    public static class StatusProducerCannotReachTheBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.messaging.outgoing.bed-status-out.bootstrap.servers", "127.0.0.1:" + FreePort.find(),
                    "mp.messaging.outgoing.bed-status-out.max.block.ms", "2000",
                    "mp.messaging.outgoing.bed-status-out.delivery.timeout.ms", "3000",
                    "mp.messaging.outgoing.bed-status-out.request.timeout.ms", "1000");
        }
    }

    @Test
    void reportsTheBrokerDidNotConfirmAre503NamingTheirEventIdsAndReadinessGoesDown() {
        String unitId = Fixtures.registeredUnit();
        UUID eventId = UUID.randomUUID();

        given().auth().oauth2(Tokens.provider(Fixtures.PROVIDER_A)).contentType(ContentType.JSON)
                .body(Fixtures.report(eventId, OffsetDateTime.now(), 1, 1))
                .when().post("/api/v1/units/" + unitId + "/status")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://plekwijzer.nl/problems/not-confirmed"))
                .body("detail", containsString("same eventIds"))
                .body("eventIds", contains(eventId.toString()));
        assertThat(Sql.count("SELECT count(*) FROM status_event WHERE event_id = ?", eventId)).isZero();

        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        given().auth().oauth2(Tokens.provider(Fixtures.PROVIDER_A)).contentType(ContentType.JSON)
                .body("{\"reports\":[" + item(unitId, first) + "," + item(unitId, second) + "]}")
                .when().post("/api/v1/status-reports")
                .then().statusCode(503)
                .body("type", equalTo("https://plekwijzer.nl/problems/not-confirmed"))
                .body("eventIds", contains(first.toString(), second.toString()));

        given().auth().oauth2(Tokens.provider(Fixtures.PROVIDER_A)).contentType(ContentType.JSON)
                .body(Fixtures.report(UUID.randomUUID(), OffsetDateTime.now(), 1, 1))
                .when().post("/api/v1/units/" + unitId + "/status")
                .then().statusCode(503);
        // Three failures in a row: this instance says it cannot take reports now.
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'Status reports confirmed by the broker' }.status", equalTo("DOWN"));
    }

    private static String item(String unitId, UUID eventId) {
        return """
                {"unitId":"%s","eventId":"%s","occurredAt":"%s","availablePlaces":1,"occupiedPlaces":1}"""
                .formatted(unitId, eventId, OffsetDateTime.now());
    }
}
