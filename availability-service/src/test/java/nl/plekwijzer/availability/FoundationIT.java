package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
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
        return "/api/v1/units/unit-1";
    }

    @Override
    protected String allowedToken() {
        return Tokens.provider("98000001");
    }

    @Override
    protected String incomingTopic() {
        return "bed-status.v1";
    }

    @Test
    void unknownUnitIs404ProblemNamingTheField() {
        given().auth().oauth2(Tokens.provider("98000001"))
                .when().get("/api/v1/units/no-such-unit")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("field", equalTo("unitId"))
                .body("detail", containsString("no-such-unit"));
    }

    @Test
    void goodEventAfterAPoisonOneIsStoredOnceEvenWhenSentTwice() {
        UUID eventId = UUID.randomUUID();
        String good = """
                {"eventId":"%s","unitId":"unit-dlq-test","occurredAt":"2026-11-22T10:00:00+01:00",
                 "availablePlaces":1,"occupiedPlaces":4,"heldBackPlaces":0,"light":"GREEN"}""".formatted(eventId);

        KafkaTestClient.send("bed-status.v1", "unit-dlq-test", "{poison");
        KafkaTestClient.send("bed-status.v1", "unit-dlq-test", good);
        RecordMetadata duplicate = KafkaTestClient.send("bed-status.v1", "unit-dlq-test", good);

        KafkaTestClient.awaitConsumed("availability-service", duplicate, Duration.ofSeconds(20));
        assertThat(Sql.count("SELECT count(*) FROM status_event WHERE event_id = ?", eventId)).isEqualTo(1);
        assertThat(KafkaTestClient.readAll("bed-status.v1.dlq")).as("a redelivery is not an error")
                .noneMatch(r -> good.equals(r.value()));
    }

    @Test
    void municipalityRoleIsRefusedWith403() {
        assertForbidden(Tokens.municipality("GM0153"), "/api/v1/units/unit-1");
    }
}
