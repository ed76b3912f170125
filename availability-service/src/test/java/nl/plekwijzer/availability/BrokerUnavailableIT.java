package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

/** When the broker does not take a report, the caller hears 503 and nothing is applied. */
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
    void aReportTheBrokerDidNotAcknowledgeIs503AndNothingIsApplied() {
        String unitId = Fixtures.registeredUnit();
        UUID eventId = UUID.randomUUID();

        given().auth().oauth2(Tokens.provider(Fixtures.PROVIDER_A)).contentType(ContentType.JSON)
                .body(Fixtures.report(eventId, OffsetDateTime.now(), 1, 1))
                .when().post("/api/v1/units/" + unitId + "/status")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", containsString("same eventId"));

        assertThat(Sql.count("SELECT count(*) FROM status_event WHERE event_id = ?", eventId)).isZero();
    }
}
