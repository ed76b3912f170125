package nl.plekwijzer.matching.waitlist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;
import nl.plekwijzer.matching.waitlist.linkage.TestRecords;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.matching.suggestion.Events;

/** Three providers' lists, as intake publishes them, become one regional list without doubles. */
@QuarkusTest
class RegionalWaitlistIT {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final LocalDate FENNA_BORN = LocalDate.of(2013, 4, 2);
    private static final String MUNICIPALITY = "GM0392";
    private static final LocalDate REGISTERED_ON = LocalDate.of(2026, 9, 14);
    /** The review tests' entries, kept out of the first test's counts. */
    private static final String ELSEWHERE = "GM0363";

    @Inject
    Pool pool;

    @Test
    void anAdminSeesTheLinkageModelsParametersAndAMunicipalityDoesNot() throws Exception {
        send(MUNICIPALITY, "98000044", "P-1", null, "Sara", null, "Bakker", LocalDate.of(2012, 6, 1), Gender.F, "2031");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> clusterOf("P-1") != null);

        JsonPath model = given().auth().oauth2(Tokens.withRole("admin", "admin"))
                .when().get("/api/v1/waitlist/linkage-model").then().statusCode(200).extract().jsonPath();
        // A list this small is linked with the prior parameters; a larger one learns its own.
        assertThat(model.getBoolean("learnt")).isFalse();
        assertThat(model.getString("comparisons.BIRTH_DATE[0].meaning")).isEqualTo("the same");
        assertThat(model.getDouble("comparisons.BIRTH_DATE[0].weight")).isGreaterThan(10);
        // GIVEN_NAME[7] is its level 8, "different" (the list starts at level 1).
        assertThat(model.getString("comparisons.GIVEN_NAME[7].meaning")).startsWith("different");
        assertThat(model.getDouble("comparisons.GIVEN_NAME[7].weight")).as("twins kept apart").isLessThan(-20);
        given().auth().oauth2(Tokens.municipality(MUNICIPALITY))
                .when().get("/api/v1/waitlist/linkage-model").then().statusCode(403);
    }

    @Test
    void threeProvidersListsBecomeOneListWithoutDoubles() throws Exception {
        String pseudonym = "ab".repeat(32);
        // Fenna on three lists (twice with her BSN, once without and written differently), Noah once,
        // and Fenna's twin sister Femke, who must stay apart.
        send(MUNICIPALITY, "98000041", "A-1", pseudonym, "Fenna", "de", "Vries", FENNA_BORN, Gender.F, "2032");
        send(MUNICIPALITY, "98000042", "B-7", null, "Fenna", null, "Vries, de", FENNA_BORN, Gender.F, "2032");
        send(MUNICIPALITY, "98000043", "C-3", pseudonym, "Fenna", "de", "Vries", FENNA_BORN, Gender.F, "1012");
        send(MUNICIPALITY, "98000041", "A-2", null, "Noah", null, "Bakker", LocalDate.of(2012, 1, 9), Gender.M, "2031");
        send(MUNICIPALITY, "98000042", "B-8", null, "Femke", "de", "Vries", FENNA_BORN, Gender.F, "2032");

        // Until the first link has run the counts are empty.
        await().atMost(Duration.ofSeconds(20)).until(() -> Integer.valueOf(5).equals(stats().get("counts[0].raw")));
        JsonPath stats = stats();
        assertThat(stats.getString("counts[0].careFunction")).isEqualTo("FAMILY_HOME");
        assertThat(stats.getInt("counts[0].deduplicated")).isEqualTo(3);
        assertThat(stats.getInt("counts[0].medianWaitingDays"))
                .isEqualTo((int) ChronoUnit.DAYS.between(REGISTERED_ON, LocalDate.now()));

        String ofThisTest = "entries.findAll { it.members.any { m -> m.providerId.startsWith('9800004') } }";
        JsonPath list = regionalList();
        assertThat(list.getList(ofThisTest + ".collect { it.members.size() }", Integer.class))
                .containsExactlyInAnyOrder(3, 1, 1);
        assertThat(list.getList(ofThisTest + ".linkConfidence", String.class)).containsExactlyInAnyOrder("LINKED",
                "SINGLE", "SINGLE");
        KafkaTestClient.awaitRecord("regional-waitlist.v1", r -> r.value().contains("98000043"), Duration.ofSeconds(20));

        given().auth().oauth2(Tokens.municipality(MUNICIPALITY))
                .when().get("/api/v1/waitlist/stats")
                .then().statusCode(200)
                .body("municipalityCode", equalTo(MUNICIPALITY))
                .body("counts[0].raw", equalTo(5))
                .body("counts[0].deduplicated", nullValue())
                .body("counts[0].medianWaitingDays", nullValue());
        given().auth().oauth2(Tokens.municipality(MUNICIPALITY))
                .when().get("/api/v1/waitlist")
                .then().statusCode(403);
    }

    @Test
    void aSplitIsKeptWhenTheEntryComesAgainWhenAThirdJoinsAndWhenAllIsLinkedFromScratch() throws Exception {
        LocalDate born = LocalDate.of(2014, 6, 15);
        send(ELSEWHERE, "98000051", "S-1", null, "Sanne", null, "Jansen", born, Gender.F, "3511");
        send(ELSEWHERE, "98000052", "S-2", null, "Sanne", null, "Janssen", born, Gender.F, "3511");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> clusterOf("S-1") != null && clusterOf("S-1").equals(clusterOf("S-2")));
        String cluster = clusterOf("S-1");

        // Not a member of this cluster, everything, or an unknown cluster: refused, nothing changes.
        split(cluster, "{\"members\":[{\"providerId\":\"98000051\",\"providerEntryId\":\"S-9\"}],\"reason\":\"x\"}")
                .statusCode(422).body("violations[0].field", equalTo("members[0]"));
        split(cluster, splitBody("98000051", "S-1") .replace("}]", "},{\"providerId\":\"98000052\",\"providerEntryId\":\"S-2\"}]"))
                .statusCode(422).body("violations[0].field", equalTo("members"));
        split(UUID.randomUUID().toString(), splitBody("98000052", "S-2")).statusCode(404);
        given().auth().oauth2(Tokens.withRole("referrer", "referrer")).contentType("application/json")
                .body(splitBody("98000052", "S-2")).when().post("/api/v1/waitlist/clusters/" + cluster + "/split")
                .then().statusCode(403);
        assertThat(clusterOf("S-2")).isEqualTo(cluster);

        split(cluster, splitBody("98000052", "S-2")).statusCode(200).body("clusters.size()", equalTo(2));
        assertThat(clusterOf("S-1")).isEqualTo(cluster);
        assertThat(clusterOf("S-2")).isNotEqualTo(cluster);

        // The provider sends S-2 again, and a third list has her too: S-1 and S-2 stay apart.
        send(ELSEWHERE, "98000052", "S-2", null, "Sanne", null, "Janssen", born, Gender.F, "3511");
        send(ELSEWHERE, "98000053", "S-3", null, "Sanne", null, "Jansen", born, Gender.F, "3511");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> clusterOf("S-3") != null);
        assertThat(clusterOf("S-3")).isIn(clusterOf("S-1"), clusterOf("S-2"));
        assertThat(clusterOf("S-2")).isNotEqualTo(clusterOf("S-1"));

        given().auth().oauth2(Tokens.withRole("admin", "admin")).when().post("/api/v1/waitlist/relink")
                .then().statusCode(200);
        assertThat(clusterOf("S-1")).as("the id survives linking from scratch").isEqualTo(cluster);
        assertThat(clusterOf("S-2")).isNotEqualTo(cluster);

        JsonPath review = given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/waitlist/clusters/" + cluster).then().statusCode(200).extract().jsonPath();
        assertThat(review.getList("history.event", String.class)).contains("JOINED", "SPLIT", "LEFT");
        assertThat(review.getString("history.find { it.event == 'SPLIT' }.actor")).isEqualTo("coordinator");
        assertThat(review.getString("history.find { it.event == 'SPLIT' }.detail")).isEqualTo("two girls, checked");
        assertThat(review.getString("history.find { it.event == 'LEFT' }.providerEntryId")).isEqualTo("S-2");
        assertThat(readsLogged(cluster)).isEqualTo(1);
    }

    @Test
    void aMergeJoinsWhatTheScoreKeptApartButNotTwoBsnsAndAConfirmedReviewIsManual() throws Exception {
        send(ELSEWHERE, "98000061", "M-1", null, "Daan", "de", "Wit", LocalDate.of(2011, 5, 5), Gender.M, "3011");
        send(ELSEWHERE, "98000062", "M-2", null, "Daan", "de", "Wit", LocalDate.of(2011, 8, 17), Gender.M, "9712");
        send(ELSEWHERE, "98000061", "M-3", "cd".repeat(32), "Milan", null, "Smit", LocalDate.of(2009, 2, 3), Gender.M, "3011");
        send(ELSEWHERE, "98000062", "M-4", "ef".repeat(32), "Milan", null, "Smit", LocalDate.of(2009, 2, 3), Gender.M, "3011");
        send(ELSEWHERE, "98000061", "M-5", null, "Fenna", "de", "Vries", LocalDate.of(2010, 11, 23), Gender.F, "1234");
        // A swapped pair of letters and a postcode one digit off: linked, but for review.
        send(ELSEWHERE, "98000062", "M-6", null, "Fenna", "de", "Vreis", LocalDate.of(2010, 11, 23), Gender.F, "1235");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> clusterOf("M-6") != null
                && clusterOf("M-1") != null && clusterOf("M-4") != null);
        assertThat(clusterOf("M-2")).isNotEqualTo(clusterOf("M-1"));

        merge(clusterOf("M-1"), clusterOf("M-2")).statusCode(200).body("clusters.size()", equalTo(1))
                .body("clusters[0].linkConfidence", equalTo("MANUAL"));
        assertThat(clusterOf("M-2")).isEqualTo(clusterOf("M-1"));
        merge(clusterOf("M-3"), clusterOf("M-4")).statusCode(409).body("field", equalTo("withClusterId"));
        merge(clusterOf("M-3"), UUID.randomUUID().toString()).statusCode(422);

        String reviewed = clusterOf("M-5");
        assertThat(clusterOf("M-6")).isEqualTo(reviewed);
        assertThat(confidenceOf("M-5")).isEqualTo("TO_REVIEW");
        JsonPath toReview = given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .queryParam("linkConfidence", "TO_REVIEW").queryParam("municipalityCode", ELSEWHERE)
                .queryParam("size", 1).when().get("/api/v1/waitlist").then().statusCode(200).extract().jsonPath();
        assertThat(toReview.getList("entries.clusterId", String.class)).containsExactly(reviewed);
        assertThat(toReview.getInt("selected")).isEqualTo(1);
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator")).queryParam("linkConfidence", "MAYBE")
                .when().get("/api/v1/waitlist").then().statusCode(422)
                .body("violations[0].field", equalTo("linkConfidence"));
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator")).contentType("application/json")
                .body("{\"reason\":\"same girl, checked with both providers\"}")
                .when().post("/api/v1/waitlist/clusters/" + reviewed + "/confirm")
                .then().statusCode(200).body("clusters[0].linkConfidence", equalTo("MANUAL"));
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .queryParam("linkConfidence", "TO_REVIEW").queryParam("municipalityCode", ELSEWHERE)
                .when().get("/api/v1/waitlist").then().statusCode(200).body("selected", equalTo(0));

        given().auth().oauth2(Tokens.withRole("admin", "admin")).when().post("/api/v1/waitlist/relink")
                .then().statusCode(200);
        assertThat(clusterOf("M-2")).as("merge after linking from scratch").isEqualTo(clusterOf("M-1"));
        assertThat(confidenceOf("M-5")).isEqualTo("MANUAL");
        assertThat(clusterOf("M-5")).isEqualTo(reviewed);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheRestOfItsBatchIsApplied() throws Exception {
        KafkaTestClient.send("waitlist-entries.v2", "98000071", "{ this is not an event");
        send(ELSEWHERE, "98000071", "D-1", null, "Ilias", null, "Ouali", LocalDate.of(2012, 3, 3), Gender.M, "3031");

        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord("waitlist-entries.v2.dlq",
                r -> r.value().contains("this is not an event"), Duration.ofSeconds(20));
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).isNotBlank();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> clusterOf("D-1") != null);
    }

    private static io.restassured.response.ValidatableResponse split(String cluster, String body) {
        return given().auth().oauth2(Tokens.withRole("coordinator", "coordinator")).contentType("application/json")
                .body(body).when().post("/api/v1/waitlist/clusters/" + cluster + "/split").then();
    }

    private static String splitBody(String providerId, String entryId) {
        return "{\"members\":[{\"providerId\":\"" + providerId + "\",\"providerEntryId\":\"" + entryId
                + "\"}],\"reason\":\"two girls, checked\"}";
    }

    private static io.restassured.response.ValidatableResponse merge(String cluster, String other) {
        return given().auth().oauth2(Tokens.withRole("coordinator", "coordinator")).contentType("application/json")
                .body("{\"withClusterId\":\"" + other + "\",\"reason\":\"same boy, date typed wrong\"}")
                .when().post("/api/v1/waitlist/clusters/" + cluster + "/merge").then();
    }

    @Test
    void aYouthPlacedInTheCareFunctionLeavesTheDeduplicatedWaitingCount() throws Exception {
        String municipality = "GM0141";
        String pseudonym = "e7".repeat(32);
        send(municipality, "98000044", "P-1", pseudonym, "Daan", null, "Bakker", FENNA_BORN, Gender.M, "7511");
        await().atMost(Duration.ofSeconds(15)).until(() -> regionalList().getString(entryWith("P-1")) != null);
        assertThat(regionalList().getString(entryWith("P-1") + ".placedOn")).isNull();

        String unit = "placed-home-" + UUID.randomUUID().toString().substring(0, 8);
        Events.profile(unit, "98000045", UnitKind.FAMILY_HOME, municipality);
        Events.availability(unit, "98000045", UnitKind.FAMILY_HOME, 1);
        UUID request = UUID.randomUUID();
        Events.send(Events.requestEvent(request, "referrer-w", Set.of(UnitKind.FAMILY_HOME), municipality,
                Urgency.URGENT, OffsetDateTime.now(), null, LocalDate.now(), pseudonym, FENNA_BORN, false));
        String coordinator = Tokens.withRole("coordinator", "coordinator");
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> given().auth().oauth2(coordinator)
                .when().get("/api/v1/placement-requests/" + request + "/suggestions").then().extract().jsonPath()
                .getList("suggestions.unitId").contains(unit));
        String proposal = given().auth().oauth2(coordinator).contentType("application/json")
                .body("{\"unitIds\":[\"" + unit + "\"]}")
                .when().post("/api/v1/placement-requests/" + request + "/proposals")
                .then().statusCode(201).extract().path("proposals[0].proposalId");
        given().auth().oauth2(Tokens.provider("98000045")).when().post("/api/v1/proposals/" + proposal + "/accept")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> LocalDate.now().toString()
                .equals(regionalList().getString(entryWith("P-1") + ".placedOn")));
        KafkaTestClient.awaitRecord("regional-waitlist.v1", r -> r.value().contains("P-1")
                && r.value().contains("\"placedOn\":\"" + LocalDate.now() + "\""), Duration.ofSeconds(15));
        JsonPath counts = given().auth().oauth2(coordinator).queryParam("municipalityCode", municipality)
                .when().get("/api/v1/waitlist/stats").then().statusCode(200).extract().jsonPath();
        assertThat(counts.getInt("counts.find { it.careFunction == 'FAMILY_HOME' }.raw")).isEqualTo(1);
        assertThat(counts.getInt("counts.find { it.careFunction == 'FAMILY_HOME' }.deduplicated")).isZero();
    }

    private static String clusterOf(String entryId) {
        return regionalList().getString(entryWith(entryId) + ".clusterId");
    }

    private static String confidenceOf(String entryId) {
        return regionalList().getString(entryWith(entryId) + ".linkConfidence");
    }

    private static String entryWith(String entryId) {
        return "entries.find { it.members.any { m -> m.providerEntryId == '" + entryId + "' } }";
    }

    private static JsonPath regionalList() {
        return given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/waitlist").then().statusCode(200).extract().jsonPath();
    }

    private long readsLogged(String cluster) {
        return pool.preparedQuery("SELECT count(*) FROM access_log WHERE cluster_id = $1")
                .execute(Tuple.of(UUID.fromString(cluster))).await().indefinitely().iterator().next().getLong(0);
    }

    private static JsonPath stats() {
        return given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .queryParam("municipalityCode", MUNICIPALITY)
                .when().get("/api/v1/waitlist/stats").then().statusCode(200).extract().jsonPath();
    }

    private static void send(String municipality, String providerId, String entryId, String pseudonym, String given, String prefix,
            String family, LocalDate born, Gender gender, String pc4) throws Exception {
        var keys = TestRecords.keys(given, prefix, family, born, gender, pc4);
        var event = new WaitlistEntryChanged(UUID.randomUUID(), WaitlistEntryChanged.Change.ADDED, providerId, entryId,
                pseudonym, keys, UnitKind.FAMILY_HOME, municipality, REGISTERED_ON, OffsetDateTime.now());
        KafkaTestClient.send("waitlist-entries.v2", providerId, JSON.writeValueAsString(event));
    }
}
