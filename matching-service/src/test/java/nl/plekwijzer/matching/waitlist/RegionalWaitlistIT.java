package nl.plekwijzer.matching.waitlist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;
import nl.plekwijzer.contracts.linkage.DutchNames;
import nl.plekwijzer.contracts.linkage.NameEncoder;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Tokens;

/** Three providers' lists, as intake publishes them, become one regional list without doubles. */
@QuarkusTest
class RegionalWaitlistIT {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final NameEncoder ENCODER = new NameEncoder("the-linkage-key-of-this-test-32b".getBytes(
            StandardCharsets.UTF_8));
    private static final LocalDate FENNA_BORN = LocalDate.of(2013, 4, 2);
    private static final String MUNICIPALITY = "GM0392";

    @Test
    void threeProvidersListsBecomeOneListWithoutDoubles() throws Exception {
        String pseudonym = "ab".repeat(32);
        // Fenna on three lists (twice with her BSN, once without and written differently), Noah once,
        // and Fenna's twin sister Femke, who must stay apart.
        send("98000041", "A-1", pseudonym, "Fenna", "de", "Vries", FENNA_BORN, Gender.F, "2032");
        send("98000042", "B-7", null, "Fenna", null, "Vries, de", FENNA_BORN, Gender.F, "2032");
        send("98000043", "C-3", pseudonym, "Fenna", "de", "Vries", FENNA_BORN, Gender.F, "1012");
        send("98000041", "A-2", null, "Noah", null, "Bakker", LocalDate.of(2012, 1, 9), Gender.M, "2031");
        send("98000042", "B-8", null, "Femke", "de", "Vries", FENNA_BORN, Gender.F, "2032");

        // Until the first link has run the counts are empty.
        await().atMost(Duration.ofSeconds(20)).until(() -> Integer.valueOf(5).equals(stats().get("counts[0].raw")));
        JsonPath stats = stats();
        assertThat(stats.getString("counts[0].careFunction")).isEqualTo("FAMILY_HOME");
        assertThat(stats.getInt("counts[0].deduplicated")).isEqualTo(3);

        JsonPath list = given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/waitlist").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("entries.collect { it.members.size() }", Integer.class))
                .containsExactlyInAnyOrder(3, 1, 1);
        assertThat(list.getList("entries.linkConfidence", String.class)).containsExactlyInAnyOrder("LINKED", "SINGLE",
                "SINGLE");
        KafkaTestClient.awaitRecord("regional-waitlist.v1", r -> r.value().contains("98000043"), Duration.ofSeconds(20));

        given().auth().oauth2(Tokens.municipality(MUNICIPALITY))
                .when().get("/api/v1/waitlist/stats")
                .then().statusCode(200)
                .body("municipalityCode", equalTo(MUNICIPALITY))
                .body("counts[0].raw", equalTo(5))
                .body("counts[0].deduplicated", nullValue());
        given().auth().oauth2(Tokens.municipality(MUNICIPALITY))
                .when().get("/api/v1/waitlist")
                .then().statusCode(403);
    }

    private static JsonPath stats() {
        return given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .queryParam("municipalityCode", MUNICIPALITY)
                .when().get("/api/v1/waitlist/stats").then().statusCode(200).extract().jsonPath();
    }

    private static void send(String providerId, String entryId, String pseudonym, String given, String prefix,
            String family, LocalDate born, Gender gender, String pc4) throws Exception {
        var keys = new LinkageKeys(ENCODER.encode("given", DutchNames.givenName(given)),
                ENCODER.encode("family", DutchNames.familyName(prefix, family)), born, gender, pc4);
        var event = new WaitlistEntryChanged(UUID.randomUUID(), WaitlistEntryChanged.Change.ADDED, providerId, entryId,
                pseudonym, keys, UnitKind.FAMILY_HOME, MUNICIPALITY, LocalDate.of(2026, 9, 14), OffsetDateTime.now());
        KafkaTestClient.send("waitlist-entries.v1", providerId, JSON.writeValueAsString(event));
    }
}
