package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.restassured.http.ContentType;
import nl.plekwijzer.devstack.test.Tokens;

/** Units and status reports for the tests, registered through the REST API like a provider would. */
final class Fixtures {

    static final String PROVIDER_A = "98000001";
    static final String PROVIDER_B = "98000002";

    private Fixtures() {
    }

    static String newUnitId() {
        return "unit-" + UUID.randomUUID();
    }

    static String profile(String providerId, int places, int confirmationIntervalHours, boolean confidential) {
        return """
                {"providerId":"%s","providerName":"Jeugdhulp Spaarne","name":"Gezinshuis Zwanenhof",
                 "kind":"FAMILY_HOME","productCategory":"44","places":%d,"ageMin":4,"ageMax":17,
                 "genders":["F","M"],"domains":["PARENTING_SUPPORT","MENTAL_HEALTH"],"specialties":["TRAUMA"],
                 "treatmentOnSite":false,"rosterHoursPerWeek":200,"acceptsCrisis":false,"acceptsConfidential":%s,
                 "municipalityCode":"GM0394","postcode":"2132 ab","latitude":52.30,"longitude":4.69,
                 "confirmationIntervalHours":%d}""".formatted(providerId, places, confidential,
                confirmationIntervalHours);
    }

    /** Registers a unit of six places for provider A. */
    static String registeredUnit() {
        return registeredUnit(PROVIDER_A, 6, 24, false);
    }

    static String registeredUnit(String providerId, int places, int confirmationIntervalHours, boolean confidential) {
        String unitId = newUnitId();
        given().auth().oauth2(Tokens.provider(providerId)).contentType(ContentType.JSON)
                .body(profile(providerId, places, confirmationIntervalHours, confidential))
                .when().put("/api/v1/units/" + unitId)
                .then().statusCode(201);
        return unitId;
    }

    static String report(UUID eventId, OffsetDateTime occurredAt, int available, int occupied) {
        return """
                {"eventId":"%s","occurredAt":"%s","availablePlaces":%d,"occupiedPlaces":%d,"heldBackPlaces":0}"""
                .formatted(eventId, occurredAt, available, occupied);
    }

    static void postStatus(String unitId, String body) {
        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/units/" + unitId + "/status")
                .then().statusCode(202);
    }
}
