package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static nl.plekwijzer.availability.Fixtures.PROVIDER_A;
import static nl.plekwijzer.availability.Fixtures.PROVIDER_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Tokens;

@QuarkusTest
class UnitRegistryIT {

    @Test
    void providerRegistersItsUnitWithComputedIntensityAndItIsPublished() {
        String unitId = Fixtures.newUnitId();

        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON)
                .body(Fixtures.profile(PROVIDER_A, 6, 24, false))
                .when().put("/api/v1/units/" + unitId)
                .then().statusCode(201)
                .body("stayIntensity", equalTo(4.76f))
                .body("intensityBand", equalTo("INTENSIVE"))
                .body("postcode", equalTo("2132AB"));
        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON)
                .body(Fixtures.profile(PROVIDER_A, 8, 24, false))
                .when().put("/api/v1/units/" + unitId)
                .then().statusCode(200)
                .body("places", equalTo(8))
                .body("stayIntensity", equalTo(3.57f))
                .body("intensityBand", equalTo("MODERATE"));

        ConsumerRecord<String, String> published = KafkaTestClient.awaitRecord("unit-profiles.v1",
                r -> unitId.equals(r.key()) && r.value().contains("\"places\":8"), Duration.ofSeconds(15));
        assertThat(KafkaTestClient.header(published, "ce_type")).isEqualTo("nl.plekwijzer.unit-profile.updated.v1");
        assertThat(KafkaTestClient.header(published, "ce_id")).isNotBlank();
    }

    @Test
    void aProviderCannotWriteForAnotherProviderNorTakeOverItsUnit() {
        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON)
                .body(Fixtures.profile(PROVIDER_B, 6, 24, false))
                .when().put("/api/v1/units/" + Fixtures.newUnitId())
                .then().statusCode(403).contentType("application/problem+json");

        String unitOfA = Fixtures.registeredUnit();
        given().auth().oauth2(Tokens.provider(PROVIDER_B)).contentType(ContentType.JSON)
                .body(Fixtures.profile(PROVIDER_B, 6, 24, false))
                .when().put("/api/v1/units/" + unitOfA)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provider(PROVIDER_B)).when().get("/api/v1/units/" + unitOfA)
                .then().statusCode(403);
    }

    @Test
    void invalidProfilesAreRefusedNamingTheField() {
        String unitId = Fixtures.newUnitId();
        String valid = Fixtures.profile(PROVIDER_A, 6, 24, false);

        put(unitId, valid.replace("\"places\":6", "\"places\":0"))
                .statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("places")));
        put(unitId, valid.replace("\"FAMILY_HOME\"", "\"HOTEL\""))
                .statusCode(422)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("FOSTER_CARE"));
        put(unitId, valid.replace("\"ageMin\":4", "\"ageMin\":18").replace("\"ageMax\":17", "\"ageMax\":12"))
                .statusCode(422)
                .body("violations[0].field", equalTo("ageMax"));
        put(unitId, valid.replace("\"GM0394\"", "\"0394\""))
                .statusCode(422)
                .body("violations.field", hasItem(containsString("municipalityCode")));
        put(unitId, valid.replace("\"Gezinshuis Zwanenhof\"", "\"Gezinshuis\\u0000Zwanenhof\""))
                .statusCode(422).body("violations[0].field", equalTo("name"));
        put(unitId, valid.replace("\"Gezinshuis Zwanenhof\"", "\"=HYPERLINK(1)\""))
                .statusCode(422).body("violations[0].field", equalTo("name"));
        put(unitId, "{\"providerId\": ")
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provider(PROVIDER_A)).when().get("/api/v1/units/" + unitId)
                .then().statusCode(404);
    }

    @Test
    void theAddressOfAConfidentialUnitIsShownOnlyToWhoNeedsIt() {
        String unitId = Fixtures.registeredUnit(PROVIDER_A, 4, 24, true);

        given().auth().oauth2(Tokens.withRole("referrer", "referrer")).when().get("/api/v1/units/" + unitId)
                .then().statusCode(200).body("postcode", nullValue()).body("latitude", nullValue());
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator")).when().get("/api/v1/units/" + unitId)
                .then().statusCode(200).body("postcode", equalTo("2132AB"));
        given().auth().oauth2(Tokens.provider(PROVIDER_A)).when().get("/api/v1/units/" + unitId)
                .then().statusCode(200).body("postcode", equalTo("2132AB"));
    }

    @Test
    void stayLengthsFamilyAdmissionAndABackupPoolArePartOfTheProfileAndPublished() {
        String respite = Fixtures.newUnitId();
        put(respite, Fixtures.profile(PROVIDER_A, 4, 24, false).replace("\"FAMILY_HOME\"", "\"RESPITE\""))
                .statusCode(201)
                .body("stayLengths", org.hamcrest.Matchers.contains("SHORT"))
                .body("acceptsFamilyAdmission", equalTo(false))
                .body("backupPool", nullValue());
        String harmonica = Fixtures.newUnitId();
        put(harmonica, Fixtures.profile(PROVIDER_A, 4, 24, false).replace("}", """
                ,"stayLengths":["SHORT","LONG"],"acceptsFamilyAdmission":true,
                 "backupPool":{"name":"Bovenregionaal crisisbed Oost","regions":["ACHTERHOEK","IJSSELLAND"]}}"""))
                .statusCode(201)
                .body("stayLengths", org.hamcrest.Matchers.containsInAnyOrder("SHORT", "LONG"))
                .body("acceptsFamilyAdmission", equalTo(true))
                .body("backupPool.regions", org.hamcrest.Matchers.containsInAnyOrder("ACHTERHOEK", "IJSSELLAND"));

        ConsumerRecord<String, String> published = KafkaTestClient.awaitRecord("unit-profiles.v1",
                r -> harmonica.equals(r.key()), Duration.ofSeconds(15));
        assertThat(published.value()).contains("\"acceptsFamilyAdmission\":true", "\"ACHTERHOEK\"", "\"SHORT\"");
        ConsumerRecord<String, String> respitePublished = KafkaTestClient.awaitRecord("unit-profiles.v1",
                r -> respite.equals(r.key()), Duration.ofSeconds(15));
        assertThat(respitePublished.value()).contains("\"stayLengths\":[\"SHORT\"]");
    }

    @Test
    void aBadPoolOrStayLengthIsRefusedNamingTheField() {
        String valid = Fixtures.profile(PROVIDER_A, 6, 24, false);
        put(Fixtures.newUnitId(), valid.replace("}", ",\"backupPool\":{\"name\":\"Oost\",\"regions\":[]}}"))
                .statusCode(422).body("violations.field", hasItem("backupPool.regions"));
        put(Fixtures.newUnitId(), valid.replace("}", ",\"backupPool\":{\"name\":\"Oost\",\"regions\":[\"achterhoek\"]}}"))
                .statusCode(422).body("violations.field", hasItem(containsString("backupPool.regions")))
                .body(org.hamcrest.Matchers.not(containsString("achterhoek")));
        put(Fixtures.newUnitId(), valid.replace("}", ",\"stayLengths\":[\"FOREVER\"]}"))
                .statusCode(422).body("violations.field", hasItem(containsString("stayLengths")));
    }

    @Test
    void aPeerSeesAUnitsDetailOnlyWhenItsProviderOptedIn() {
        String closed = Fixtures.registeredUnit();
        String ofB = Fixtures.registeredUnit(PROVIDER_B, 4, 24, false);
        String open = Fixtures.newUnitId();
        put(open, Fixtures.profile(PROVIDER_A, 6, 24, false).replace("}", ",\"detailVisibleToPeers\":true}"))
                .statusCode(201).body("detailVisibleToPeers", equalTo(true));

        given().auth().oauth2(Tokens.provider(PROVIDER_B)).when().get("/api/v1/units/" + closed)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.provider(PROVIDER_B)).when().get("/api/v1/units/" + open)
                .then().statusCode(200).body("unitId", equalTo(open));
        given().auth().oauth2(Tokens.provider(PROVIDER_B)).queryParam("providerId", PROVIDER_A)
                .when().get("/api/v1/availability")
                .then().statusCode(200)
                .body("unitId", hasItem(open))
                .body("unitId", org.hamcrest.Matchers.not(hasItem(closed)))
                .body("providerId", org.hamcrest.Matchers.everyItem(equalTo(PROVIDER_A)));
        given().auth().oauth2(Tokens.provider(PROVIDER_B)).when().get("/api/v1/availability")
                .then().statusCode(200)
                .body("unitId", hasItem(ofB))
                .body("providerId", org.hamcrest.Matchers.everyItem(equalTo(PROVIDER_B)));
    }

    private static io.restassured.response.ValidatableResponse put(String unitId, String body) {
        return given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/units/" + unitId).then();
    }
}
