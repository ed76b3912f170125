package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static nl.plekwijzer.availability.Fixtures.PROVIDER_A;
import static nl.plekwijzer.availability.Fixtures.PROVIDER_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Tokens;

@QuarkusTest
class ProgrammeIT {

    private static String programme(String providerId, String type, boolean active) {
        return """
                {"providerId":"%s","providerName":"Jeugdhulp Spaarne","name":"MST Twente","type":"%s",
                 "ageMin":12,"ageMax":18,"domains":["MENTAL_HEALTH"],"municipalityCodes":["GM0153","GM0164"],
                 "waitingWeeks":3,"active":%s}""".formatted(providerId, type, active);
    }

    private static ValidatableResponse put(String token, String programmeId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/programmes/" + programmeId).then();
    }

    @Test
    void aProviderRegistersAProgrammeItIsListedAndPublishedAndCanBeWithdrawn() {
        String programmeId = "mst-" + UUID.randomUUID();

        put(Tokens.provider(PROVIDER_A), programmeId, programme(PROVIDER_A, "MST", true))
                .statusCode(201).body("type", equalTo("MST")).body("active", equalTo(true));
        given().auth().oauth2(Tokens.withRole("referrer", "referrer")).when().get("/api/v1/programmes")
                .then().statusCode(200).body("programmeId", hasItem(programmeId));
        ConsumerRecord<String, String> published = KafkaTestClient.awaitRecord("ambulant-programmes.v1",
                r -> programmeId.equals(r.key()), Duration.ofSeconds(15));
        assertThat(KafkaTestClient.header(published, "ce_type")).isEqualTo("nl.plekwijzer.ambulant-programme.updated.v1");
        assertThat(published.value()).contains("\"GM0164\"", "\"waitingWeeks\":3");

        put(Tokens.provider(PROVIDER_A), programmeId, programme(PROVIDER_A, "MST", false)).statusCode(200);
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator")).when().get("/api/v1/programmes")
                .then().statusCode(200).body("programmeId", not(hasItem(programmeId)));
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .queryParam("providerId", PROVIDER_A).queryParam("withdrawn", true).when().get("/api/v1/programmes")
                .then().statusCode(200).body("programmeId", hasItem(programmeId));
        KafkaTestClient.awaitRecord("ambulant-programmes.v1",
                r -> programmeId.equals(r.key()) && r.value().contains("\"active\":false"), Duration.ofSeconds(15));
    }

    @Test
    void aProviderCannotRegisterForAnotherNorTakeOverItsProgramme() {
        String programmeId = "iag-" + UUID.randomUUID();
        put(Tokens.provider(PROVIDER_A), programmeId, programme(PROVIDER_B, "IAG", true))
                .statusCode(403).contentType("application/problem+json");
        put(Tokens.provider(PROVIDER_A), programmeId, programme(PROVIDER_A, "IAG", true)).statusCode(201);
        put(Tokens.provider(PROVIDER_B), programmeId, programme(PROVIDER_B, "IAG", true)).statusCode(403);
    }

    @Test
    void badProgrammesAreRefusedNamingTheField() {
        String valid = programme(PROVIDER_A, "FACT", true);
        put(Tokens.provider(PROVIDER_A), "p-" + UUID.randomUUID(), valid.replace("\"FACT\"", "\"YOGA\""))
                .statusCode(422).body("violations[0].field", equalTo("type"))
                .body("violations[0].message", containsString("MST"));
        put(Tokens.provider(PROVIDER_A), "p-" + UUID.randomUUID(), valid.replace("[\"GM0153\",\"GM0164\"]", "[]"))
                .statusCode(422).body("violations.field", hasItem("municipalityCodes"));
        put(Tokens.provider(PROVIDER_A), "p-" + UUID.randomUUID(), valid.replace("\"ageMin\":12", "\"ageMin\":19"))
                .statusCode(422).body("violations[0].field", equalTo("ageMax"));
        put(Tokens.provider(PROVIDER_A), "bad id!", valid).statusCode(422)
                .body("violations[0].field", equalTo("programmeId"));
        given().when().get("/api/v1/programmes").then().statusCode(401);
    }
}
