package nl.plekwijzer.intake;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.intake.youth.Bsn;

/** Intake forms as a referrer's system sends them, with the fields a test wants to vary. */
public final class IntakeForms {

    private IntakeForms() {
    }

    public record Youth(String bsn, String givenName, String prefix, String familyName, String birthDate,
            String postcode) {
    }

    public static final Youth FENNA = new Youth("628194821", "Fenna", "de", "Vries", "2013-04-02", "2032 ab");

    /** Fenna under a BSN of her own, so that tests sharing the database do not link to each other. */
    public static Youth aYouth() {
        return new Youth(randomBsn(), "Fenna", "de", "Vries", "2013-04-02", "2032 ab");
    }

    /** A random nine-digit number that passes the eleven-test. */
    public static String randomBsn() {
        java.util.Random random = new java.util.Random();
        while (true) {
            String candidate = String.valueOf(100_000_000 + random.nextInt(900_000_000));
            if (Bsn.isValid(candidate)) {
                return candidate;
            }
        }
    }

    public static String form(Youth youth, String urgency, LocalDate neededFrom, LocalDate decisionValidUntil) {
        return """
                {"youth": {"bsn": "%s", "givenName": "%s", "familyNamePrefix": "%s", "familyName": "%s",
                           "birthDate": "%s", "gender": "F", "postcode": "%s", "municipalityCode": "GM0392"},
                 "responsibleMunicipalityCode": "GM0392",
                 "referrer": {"type": "WIJKTEAM", "organisation": "Sociaal Wijkteam Haarlem-Noord",
                              "name": "Anne Referrer", "email": "anne@wijkteam.example"},
                 "needs": {"domains": ["PARENTING_SUPPORT"], "acceptableKinds": ["FOSTER_CARE", "FAMILY_HOME"],
                           "stayIntensityMax": 4.5, "treatmentNeeded": false, "specialties": ["TRAUMA"],
                           "urgency": "%s", "neededFrom": "%s", "confidential": false,
                           "schoolPostcode": "2031AB", "maxDistanceKm": 25},
                 "perspective": {"goal": "Back home within a year", "intendedDestination": "HOME"},
                 "decision": {"reference": "BS-2026-0117", "validUntil": "%s"},
                 "consent": true}
                """.formatted(youth.bsn(), youth.givenName(), youth.prefix(), youth.familyName(), youth.birthDate(),
                youth.postcode(), urgency, neededFrom, decisionValidUntil);
    }

    public static String form(Youth youth) {
        return form(youth, "URGENT", LocalDate.now().plusDays(14), LocalDate.now().plusMonths(6));
    }

    public static ValidatableResponse submit(String referrer, String body) {
        return submit(referrer, body, null);
    }

    /** Submits with an {@code Idempotency-Key} header, or without one when {@code idempotencyKey} is null. */
    public static ValidatableResponse submit(String referrer, String body, String idempotencyKey) {
        var request = given().auth().oauth2(Tokens.withRole(referrer, "referrer")).contentType("application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).when().post("/api/v1/placement-requests").then();
    }

    /** Submits a valid form and returns the new request's id. */
    public static UUID submitted(String referrer, Youth youth) {
        return UUID.fromString(submit(referrer, form(youth)).statusCode(201).extract().path("requestId"));
    }
}
