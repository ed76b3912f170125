package nl.plekwijzer.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.devstack.test.KafkaTestClient;

/** Events as the other services publish them, sent to the real broker. */
final class TestEvents {

    private TestEvents() {
    }

    /** A placement request as intake-service publishes it (GM0392, URGENT, a family home, from a GP). */
    static void request(UUID requestId, String referrer, String status, LocalDate decisionValidUntil) {
        request(requestId, referrer, status, decisionValidUntil, "GM0392", "HUISARTS");
    }

    /** The same, for a responsible municipality and a kind of referrer. */
    static void request(UUID requestId, String referrer, String status, LocalDate decisionValidUntil,
            String municipalityCode, String referrerType) {
        String now = OffsetDateTime.now().toString();
        KafkaTestClient.send("placement-requests.v2", requestId.toString(), """
                {"requestId":"%s","youthPseudonym":"%s","status":"%s","ageYears":14,"gender":"F","pc4":"2032",
                 "municipalityCode":"%s","responsibleMunicipalityCode":"%s",
                 "needs":{"domains":["PARENTING_SUPPORT"],"acceptableKinds":["FAMILY_HOME"],"stayIntensityMax":null,
                          "treatmentNeeded":false,"specialties":[],"urgency":"URGENT","neededFrom":"%s",
                          "confidential":false,"schoolPc4":null,"maxDistanceKm":null},
                 "linkedToRequestId":null,"referrerId":"%s","submittedAt":"%s","updatedAt":"%s",
                 "previousProviderId":null,"intendedDestination":"HOME","followUpAfterCrisis":false,
                 "decisionValidUntil":"%s","referrerType":"%s","turns18InQuarter":"2030-04"}""".formatted(requestId, "ab".repeat(32), status,
                municipalityCode, municipalityCode, LocalDate.now(), referrer, now, now, decisionValidUntil, referrerType));
    }
}
