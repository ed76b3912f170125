package nl.plekwijzer.intake.request;

import static io.restassured.RestAssured.given;
import static nl.plekwijzer.intake.IntakeForms.aYouth;
import static nl.plekwijzer.intake.IntakeForms.form;
import static nl.plekwijzer.intake.IntakeForms.submit;
import static nl.plekwijzer.intake.IntakeForms.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.intake.IntakeForms.Youth;

@QuarkusTest
class PlacementRequestIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PUBLISHED = Duration.ofSeconds(20);

    @Test
    void aValidFormIsStoredWithoutItsBsnAndPublishedPseudonymously() throws Exception {
        Youth youth = aYouth();
        UUID requestId = UUID.fromString(submit("referrer", form(youth)).statusCode(201)
                .header("Location", containsString("/api/v1/placement-requests/"))
                .body("linkedToRequestId", nullValue())
                .extract().path("requestId"));

        JsonNode event = JSON.readTree(published(requestId, "OPEN").value());
        assertThat(event.get("youthPseudonym").asText()).matches("[0-9a-f]{64}");
        assertThat(event.get("ageYears").asInt()).isEqualTo(13);
        assertThat(event.get("pc4").asText()).isEqualTo("2032");
        assertThat(event.at("/needs/schoolPc4").asText()).isEqualTo("2031");
        assertThat(event.at("/needs/urgency").asText()).isEqualTo("URGENT");
        assertThat(event.has("linkageKeys")).as("requests need no linkage keys").isFalse();
        assertThat(event.get("turns18InQuarter").asText()).isEqualTo("2031-04");
        assertThat(event.toString()).as("no readable birth date").doesNotContain("2013-04-02");
        assertThat(event.get("referrerId").asText()).as("the token's sub").isEqualTo("referrer");
        assertThat(event.toString()).doesNotContain(youth.bsn(), "Fenna", "Vries", "2032AB", "Anne", "wijkteam");

        String stored = Sql.string("SELECT form FROM placement_request WHERE request_id = ?", requestId);
        assertThat(stored).contains("Fenna").doesNotContain(youth.bsn());
        assertThat(Sql.string("SELECT youth_pseudonym FROM placement_request WHERE request_id = ?", requestId))
                .isEqualTo(event.get("youthPseudonym").asText());
    }

    @Test
    void itsReferrerReadsTheFormBackAndTheReadIsLogged() {
        UUID requestId = submitted("referrer-read", aYouth());

        given().auth().oauth2(Tokens.withRole("referrer-read", "referrer"))
                .when().get("/api/v1/placement-requests/" + requestId)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("youth.givenName", equalTo("Fenna"))
                .body("youth.postcode", equalTo("2032AB"))
                .body("youth.bsn", nullValue())
                .body("needs.acceptableKinds", hasItems("FOSTER_CARE", "FAMILY_HOME"))
                .body("decision.reference", equalTo("BS-2026-0117"));

        assertThat(Sql.count("SELECT count(*) FROM access_log WHERE request_id = ? AND actor_subject = 'referrer-read'"
                + " AND actor_role = 'referrer' AND youth_pseudonym IS NOT NULL", requestId)).isEqualTo(1);

        given().auth().oauth2(Tokens.withRole("privacy-officer", "admin"))
                .when().get("/api/v1/access-log?requestId=" + requestId)
                .then().statusCode(200)
                .body("entries.size()", equalTo(1))
                .body("entries[0].actorSubject", equalTo("referrer-read"))
                .body("entries[0].purpose", equalTo("read the placement request"))
                .body("entries[0].readAt", notNullValue());
    }

    @Test
    void anotherReferrerAndAProviderAreRefusedAndNothingIsLogged() {
        UUID requestId = submitted("referrer-owner", aYouth());

        for (String token : List.of(Tokens.withRole("other-referrer", "referrer"), Tokens.provider("98000001"))) {
            given().auth().oauth2(token)
                    .when().get("/api/v1/placement-requests/" + requestId)
                    .then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.withRole("referrer-owner", "referrer"))
                .when().get("/api/v1/access-log?requestId=" + requestId)
                .then().statusCode(403);
        assertThat(Sql.count("SELECT count(*) FROM access_log WHERE request_id = ?", requestId)).isZero();
    }

    @Test
    void aCoordinatorReadsAnyRequestAndIsLoggedAsCoordinator() {
        UUID requestId = submitted("referrer-x", aYouth());

        given().auth().oauth2(Tokens.withRole("coordinator-1", "coordinator"))
                .when().get("/api/v1/placement-requests/" + requestId)
                .then().statusCode(200);

        assertThat(Sql.count("SELECT count(*) FROM access_log WHERE request_id = ? AND actor_subject = 'coordinator-1'"
                + " AND actor_role = 'coordinator'", requestId)).isEqualTo(1);
    }

    @Test
    void everyBrokenRuleIsNamedByItsFieldAndNothingIsStored() {
        String body = form(new Youth("628194822", "Fenna", "", "Vries", "2013-04-02", "20 AB"), "CRISIS",
                LocalDate.now().minusDays(1), LocalDate.now().minusDays(2))
                .replace("\"responsibleMunicipalityCode\": \"GM0392\"", "\"responsibleMunicipalityCode\": \"0392\"")
                .replace("\"domains\": [\"PARENTING_SUPPORT\"]", "\"domains\": []")
                .replace("\"consent\": true", "\"consent\": false");

        submit("referrer-invalid", body).statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("youth.postcode", "responsibleMunicipalityCode", "needs.domains"));

        String afterShape = form(new Youth("628194822", "Fenna", "", "Vries", "2013-04-02", "2032AB"), "CRISIS",
                LocalDate.now().minusDays(1), LocalDate.now().minusDays(2)).replace("\"consent\": true", "\"consent\": false");
        submit("referrer-invalid", afterShape).statusCode(422)
                .body("violations.field", hasItems("youth.bsn", "needs.neededFrom", "decision.validUntil", "consent"))
                .body("detail", org.hamcrest.Matchers.not(containsString("628194822")));

        submit("referrer-invalid", form(aYouth()).replace("\"URGENT\"", "\"SOON\"")).statusCode(422)
                .body("violations[0].field", equalTo("needs.urgency"))
                .body("violations[0].message", containsString("CRISIS"));

        assertThat(Sql.count("SELECT count(*) FROM placement_request WHERE referrer_subject = 'referrer-invalid'")).isZero();
    }

    @Test
    void aSecondFormForTheSameYouthIsLinkedToTheOpenRequest() throws Exception {
        Youth youth = aYouth();
        UUID first = submitted("referrer-a", youth);

        UUID second = UUID.fromString(submit("referrer-b", form(youth)).statusCode(201)
                .body("linkedToRequestId", equalTo(first.toString()))
                .body("detail", containsString("already has an open placement request"))
                .extract().path("requestId"));

        JsonNode event = JSON.readTree(published(second, "OPEN").value());
        assertThat(event.get("linkedToRequestId").asText()).isEqualTo(first.toString());
    }

    @Test
    void withdrawingThePrimaryRequestPromotesTheLinkedOne() throws Exception {
        Youth youth = aYouth();
        UUID first = submitted("referrer-a", youth);
        UUID second = submitted("referrer-b", youth);

        given().auth().oauth2(Tokens.withRole("referrer-b", "referrer")).contentType("application/json").body("{}")
                .when().post("/api/v1/placement-requests/" + first + "/withdraw")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("referrer-a", "referrer")).contentType("application/json")
                .body("{\"reason\": \"family found a solution\"}")
                .when().post("/api/v1/placement-requests/" + first + "/withdraw")
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("closedReason", equalTo("withdrawn by referrer: family found a solution"));

        published(first, "WITHDRAWN");
        JsonNode promoted = JSON.readTree(KafkaTestClient.awaitRecord("placement-requests.v2",
                r -> r.key().equals(second.toString()) && r.value().contains("\"linkedToRequestId\":null"), PUBLISHED)
                .value());
        assertThat(promoted.get("status").asText()).isEqualTo("OPEN");

        given().auth().oauth2(Tokens.withRole("referrer-a", "referrer")).contentType("application/json").body("{}")
                .when().post("/api/v1/placement-requests/" + first + "/withdraw")
                .then().statusCode(409).contentType("application/problem+json");

        UUID third = submitted("referrer-c", youth);
        assertThat(Sql.string("SELECT linked_to_request_id::text FROM placement_request WHERE request_id = ?", third))
                .isEqualTo(second.toString());
    }

    @Test
    void aRequestExpiresWithItsDecisionAndTheExpiryIsPublished() {
        UUID requestId = UUID.fromString(submit("referrer-exp", form(aYouth(), "REGULAR", LocalDate.now().plusDays(30),
                LocalDate.now())).statusCode(201).extract().path("requestId"));
        published(requestId, "OPEN");

        Sql.update("UPDATE placement_request SET decision_valid_until = current_date - 1 WHERE request_id = ?", requestId);

        published(requestId, "EXPIRED");
        assertThat(Sql.string("SELECT closed_reason FROM placement_request WHERE request_id = ?", requestId))
                .startsWith("the decision was valid until");
    }

    @Test
    void aPlacementClosesEveryOpenRequestOfTheYouthOnce() {
        Youth youth = aYouth();
        UUID first = submitted("referrer-a", youth);
        UUID second = submitted("referrer-b", youth);
        UUID eventId = UUID.randomUUID();
        String placed = """
                {"eventId":"%s","type":"PLACED","proposalId":null,"requestId":"%s","unitId":"unit-1",
                 "providerId":"98000001","bridgingPlacement":false,"reason":null,
                 "occurredAt":"2026-11-22T10:00:00+01:00"}""".formatted(eventId, second);

        KafkaTestClient.send("placement-events.v1", second.toString(), placed);
        KafkaTestClient.send("placement-events.v1", second.toString(), placed);

        published(first, "PLACED");
        published(second, "PLACED");
        await().atMost(PUBLISHED).until(() -> Sql.count("SELECT count(*) FROM consumed_event WHERE event_id = ?",
                eventId) == 1);
        assertThat(Sql.count("SELECT count(*) FROM placement_request WHERE request_id IN (?, ?) AND status = 'PLACED'",
                first, second)).isEqualTo(2);
    }

    @Test
    void aCrisisStayThatBecameBridgingOpensTheRequestAgainForTheFollowUpPlaceWithItsWaitingTime() throws Exception {
        Youth youth = aYouth();
        UUID crisis = submitted("referrer-a", youth);
        String submittedAt = JSON.readTree(published(crisis, "OPEN").value()).get("submittedAt").asText();
        assertThat(published(crisis, "OPEN").value()).contains("\"intendedDestination\":\"HOME\"")
                .contains("\"followUpAfterCrisis\":false");
        KafkaTestClient.send("placement-events.v1", crisis.toString(), placementEvent("PLACED", crisis));
        published(crisis, "PLACED");
        // Meanwhile another referrer asks for the same youth: a request of its own, the primary one.
        UUID meanwhile = submitted("referrer-b", youth);

        KafkaTestClient.send("placement-events.v1", crisis.toString(), placementEvent("BRIDGING", crisis));

        JsonNode reopened = JSON.readTree(KafkaTestClient.awaitRecord("placement-requests.v2",
                r -> r.key().equals(crisis.toString()) && r.value().contains("\"followUpAfterCrisis\":true"),
                PUBLISHED).value());
        assertThat(reopened.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.get("submittedAt").asText()).isEqualTo(submittedAt);
        assertThat(reopened.get("linkedToRequestId").isNull()).isTrue();
        KafkaTestClient.awaitRecord("placement-requests.v2", r -> r.key().equals(meanwhile.toString())
                && r.value().contains("\"linkedToRequestId\":\"" + crisis + "\""), PUBLISHED);
        assertThat(Sql.string("SELECT status FROM placement_request WHERE request_id = ?", crisis)).isEqualTo("OPEN");

        // The follow-up place is found: the youth's requests close again.
        KafkaTestClient.send("placement-events.v1", crisis.toString(), placementEvent("PLACED", crisis));
        await().atMost(PUBLISHED).until(() -> Sql.count("SELECT count(*) FROM placement_request"
                + " WHERE request_id IN (?, ?) AND status = 'PLACED'", crisis, meanwhile) == 2);
    }

    private static String placementEvent(String type, UUID requestId) {
        return """
                {"eventId":"%s","type":"%s","proposalId":null,"requestId":"%s","unitId":"unit-crisis",
                 "providerId":"98000001","bridgingPlacement":%s,"reason":null,
                 "occurredAt":"2026-11-22T10:00:00+01:00"}""".formatted(UUID.randomUUID(), type, requestId,
                type.equals("BRIDGING"));
    }

    @Test
    void theProviderThatAcceptedAProposalReadsTheFormUntilTheStayEndsAndEachReadIsLogged() {
        UUID requestId = submitted("referrer-accepted", aYouth());
        String provider = Tokens.provider("98000031");
        given().auth().oauth2(provider).when().get("/api/v1/placement-requests/" + requestId)
                .then().statusCode(403);
        UUID eventId = UUID.randomUUID();
        UUID proposalId = UUID.randomUUID();
        KafkaTestClient.send("placement-events.v1", requestId.toString(), """
                {"eventId":"%s","type":"ACCEPTED","proposalId":"%s","requestId":"%s","unitId":"unit-31",
                 "providerId":"98000031","bridgingPlacement":false,"reason":null,
                 "occurredAt":"2026-11-22T10:00:00+01:00"}""".formatted(eventId, proposalId, requestId));

        await().atMost(PUBLISHED).until(() -> given().auth().oauth2(provider)
                .when().get("/api/v1/placement-requests/" + requestId).then().extract().statusCode() == 200);
        given().auth().oauth2(Tokens.provider("98000032")).when().get("/api/v1/placement-requests/" + requestId)
                .then().statusCode(403);
        given().auth().oauth2(provider).contentType("application/json").body("{}")
                .when().post("/api/v1/placement-requests/" + requestId + "/withdraw").then().statusCode(403);
        assertThat(Sql.count("SELECT count(*) FROM access_log WHERE request_id = ? AND actor_role = 'provider'",
                requestId)).isEqualTo(1);

        // Once the stay has ended the provider reads the form no more.
        KafkaTestClient.send("placement-events.v1", requestId.toString(), """
                {"eventId":"%s","type":"ENDED","proposalId":"%s","requestId":"%s","unitId":"unit-31",
                 "providerId":"98000031","bridgingPlacement":false,"reason":"HOME",
                 "occurredAt":"2026-11-29T10:00:00+01:00"}""".formatted(UUID.randomUUID(), proposalId, requestId));
        await().atMost(PUBLISHED).until(() -> given().auth().oauth2(provider)
                .when().get("/api/v1/placement-requests/" + requestId).then().extract().statusCode() == 403);
    }

    @Test
    void theProviderTheYouthCameFromIsPublishedForTheWayBack() {
        String form = form(aYouth());
        UUID requestId = UUID.fromString(submit("referrer-way-back", form.replace("\"consent\": true",
                "\"consent\":true,\"previousProviderId\":\"98000042\"")).statusCode(201).extract().path("requestId"));
        assertThat(published(requestId, "OPEN").value()).contains("\"previousProviderId\":\"98000042\"");

        submit("referrer-way-back", form.replace("\"consent\": true", "\"consent\":true,\"previousProviderId\":\"42\""))
                .statusCode(422).body("violations.field", hasItems("previousProviderId"));
    }

    @Test
    void whatTheYouthNeedsOfStayAndTreatmentIsStoredAndPublished() throws Exception {
        String form = form(aYouth()).replace("\"maxDistanceKm\": 25", "\"maxDistanceKm\": 25, \"treatmentNeeded\": true,"
                + " \"ambulantAlternativeAllowed\": true, \"shortStay\": {\"nights\": 2, \"rhythm\": \"FORTNIGHTLY\"},"
                + " \"familyAdmission\": true").replace("\"treatmentNeeded\": false, ", "")
                .replace("\"consent\": true", "\"consent\": true, \"region\": \"ACHTERHOEK\"");
        UUID requestId = UUID.fromString(submit("referrer-needs", form).statusCode(201).extract().path("requestId"));

        JsonNode event = JSON.readTree(published(requestId, "OPEN").value());
        assertThat(event.at("/needs/treatmentNeeded").asBoolean()).isTrue();
        assertThat(event.at("/needs/ambulantAlternativeAllowed").asBoolean()).isTrue();
        assertThat(event.at("/needs/shortStay/nights").asInt()).isEqualTo(2);
        assertThat(event.at("/needs/shortStay/rhythm").asText()).isEqualTo("FORTNIGHTLY");
        assertThat(event.at("/needs/familyAdmission").asBoolean()).isTrue();
        assertThat(event.at("/region").asText()).isEqualTo("ACHTERHOEK");
        given().auth().oauth2(Tokens.withRole("referrer-needs", "referrer")).when().get("/api/v1/placement-requests/" + requestId)
                .then().statusCode(200).body("needs.shortStay.nights", equalTo(2)).body("region", equalTo("ACHTERHOEK"));

        UUID longStay = submitted("referrer-needs", aYouth());
        JsonNode plain = JSON.readTree(published(longStay, "OPEN").value());
        assertThat(plain.at("/needs/shortStay").isNull()).isTrue();
        assertThat(plain.at("/needs/familyAdmission").asBoolean()).isFalse();
        assertThat(plain.at("/region").isNull()).isTrue();
    }

    @Test
    void aFormIsReadStrictlyNothingUnknownDroppedNothingCoercedAndNothingStored() {
        String form = form(aYouth());
        submit("referrer-strict", form.replace("\"confidential\": false", "\"confidentail\": true"))
                .statusCode(422).body("violations[0].field", equalTo("needs.confidentail"));
        // A made-up name with a line break cannot forge a log line.
        submit("referrer-strict", form.replace("\"confidential\": false", "\"confidential\": false, \"x\\ny\": 1"))
                .statusCode(422).body("violations[0].field", equalTo("needs.x?y"));
        submit("referrer-strict", form.replace("\"consent\": true", "\"consent\": false, \"consent\": true"))
                .statusCode(400).contentType("application/problem+json");
        submit("referrer-strict", form + " {}").statusCode(422).body("violations[0].field", equalTo("body"));
        String bsn = form.substring(form.indexOf("\"bsn\": \"") + 8, form.indexOf("\"bsn\": \"") + 17);
        submit("referrer-strict", form.replace("\"bsn\": \"" + bsn + "\"", "\"bsn\": " + bsn))
                .statusCode(422).body("violations[0].field", equalTo("youth.bsn"))
                .body(org.hamcrest.Matchers.not(containsString(bsn)));
        submit("referrer-strict", form.replace("\"maxDistanceKm\": 25", "\"maxDistanceKm\": 25.5"))
                .statusCode(422).body("violations[0].field", equalTo("needs.maxDistanceKm"))
                .body("violations[0].message", containsString("whole number"));
        submit("referrer-strict", form.replace("\"familyName\": \"", "\"familyName\": \"=HYPERLINK(1)"))
                .statusCode(422).body("violations[0].field", equalTo("youth.familyName"))
                .body(org.hamcrest.Matchers.not(containsString("HYPERLINK")));
        String birthDate = form.substring(form.indexOf("\"birthDate\": \"") + 14, form.indexOf("\"birthDate\": \"") + 24);
        submit("referrer-strict", form.replace("\"birthDate\": \"" + birthDate, "\"birthDate\": \"0000-01-01"))
                .statusCode(422).body("violations[0].field", equalTo("youth.birthDate"))
                .body("violations[0].message", containsString("1900-2199"))
                .body(org.hamcrest.Matchers.not(containsString("0000-01-01")));
        assertThat(Sql.count("SELECT count(*) FROM placement_request WHERE referrer_subject = 'referrer-strict'")).isZero();
    }

    @Test
    void aFormSentAgainWithTheSameIdempotencyKeyGetsTheFirstAnswerAndNoSecondRequest() {
        String form = form(aYouth());
        String key = UUID.randomUUID().toString();
        String first = submit("referrer-retry", form, key).statusCode(201).extract().path("requestId");
        submit("referrer-retry", form, key).statusCode(201).body("requestId", equalTo(first))
                .header("Location", containsString(first));
        assertThat(Sql.count("SELECT count(*) FROM placement_request WHERE referrer_subject = 'referrer-retry'")).isEqualTo(1);

        submit("referrer-retry", form(aYouth()), key)
                .statusCode(422).body("violations[0].field", equalTo("Idempotency-Key"));
        submit("referrer-retry", form, "not a key!")
                .statusCode(422).body("violations[0].field", equalTo("Idempotency-Key"));
        // Another referrer's key is theirs: the same key makes a request of their own.
        submit("referrer-retry-2", form(aYouth()), key)
                .statusCode(201).body("requestId", org.hamcrest.Matchers.not(equalTo(first)));
        assertThat(Sql.count("SELECT count(*) FROM placement_request WHERE referrer_subject = 'referrer-retry'")).isEqualTo(1);
    }

    @Test
    void aBadShortStayOrRegionIsRefusedNamingTheField() {
        String form = form(aYouth());
        submit("referrer-needs-bad", form.replace("\"maxDistanceKm\": 25", "\"maxDistanceKm\": 25, \"shortStay\": {\"nights\": 0}"))
                .statusCode(422).body("violations.field", hasItems("needs.shortStay.nights"));
        submit("referrer-needs-bad", form.replace("\"maxDistanceKm\": 25", "\"maxDistanceKm\": 25, \"shortStay\": {\"rhythm\": \"DAILY\"}"))
                .statusCode(422).body("violations.field", hasItems(containsString("needs.shortStay")));
        submit("referrer-needs-bad", form.replace("\"consent\": true", "\"consent\": true, \"region\": \"achterhoek\""))
                .statusCode(422).body("violations.field", hasItems("region"))
                .body(org.hamcrest.Matchers.not(containsString("achterhoek")));
        assertThat(Sql.count("SELECT count(*) FROM placement_request WHERE referrer_subject = 'referrer-needs-bad'")).isZero();
    }

    private static ConsumerRecord<String, String> published(UUID requestId, String status) {
        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord("placement-requests.v2",
                r -> r.key().equals(requestId.toString()) && r.value().contains("\"status\":\"" + status + "\""),
                PUBLISHED);
        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("nl.plekwijzer.placement-request.updated.v2");
        return record;
    }
}
