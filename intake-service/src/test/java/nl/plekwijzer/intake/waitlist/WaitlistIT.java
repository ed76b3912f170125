package nl.plekwijzer.intake.waitlist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.plekwijzer.contracts.linkage.LinkageEncoder;
import nl.plekwijzer.intake.linkage.LinkageReencoding;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.intake.IntakeForms;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WaitlistIT {

    @Inject
    LinkageReencoding reencoding;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "providerEntryId;bsn;givenName;familyNamePrefix;familyName;birthDate;gender;"
            + "postcode;municipalityCode;careFunction;registeredOn\n";
    private static final String W1 = "W-1;628194821;Fenna;de;Vries;2013-04-02;F;2032AB;GM0392;FAMILY_HOME;2026-09-14\n";
    private static final String W2 = "W-2;;Noah;;Bakker;2012-01-09;M;2031AB;GM0392;FAMILY_HOME;2026-10-01\n";
    private static final String W3 = "W-3;;Yusuf;;El Amrani;2011-07-30;M;1012AB;GM0363;TREATMENT_GROUP;\n";

    @Test
    void aCsvWithBadRowsKeepsTheGoodOnesAndPublishesThemPseudonymously() throws Exception {
        String provider = "98000021";
        String bad = "W-9;628194822;Sara;van den;Berg;2030-01-01;V;20;GM0392;HOTEL;\n";

        putCsv(provider, HEADER + W1 + bad + W2, false).statusCode(200)
                .body("received", equalTo(3))
                .body("accepted", equalTo(2))
                .body("added", equalTo(2))
                .body("errors.row", hasItem(3))
                .body("errors.field", hasItem("bsn"))
                .body("errors.field", hasItem("careFunction"));

        Map<String, JsonNode> events = changesOf(provider, 2);
        assertThat(events).containsOnlyKeys("ADDED W-1", "ADDED W-2");
        JsonNode fenna = events.get("ADDED W-1");
        assertThat(fenna.get("youthPseudonym").asText()).matches("[0-9a-f]{64}");
        assertThat(fenna.at("/linkageKeys/pc4").asText()).isEqualTo("2032");
        assertThat(fenna.get("municipalityCode").asText()).isEqualTo("GM0392");
        assertThat(events.get("ADDED W-2").get("youthPseudonym").isNull()).isTrue();
        assertThat(events.values().toString()).doesNotContain("628194821", "Fenna", "Vries", "Noah", "2032AB");
        assertThat(Sql.count("SELECT count(*) FROM waitlist_entry WHERE provider_id = ?", provider)).isEqualTo(2);
    }

    @Test
    void replacingAListPublishesExactlyTheDifferences() throws Exception {
        String provider = "98000022";
        putCsv(provider, HEADER + W1 + W2 + W3, false).statusCode(200).body("added", equalTo(3));
        changesOf(provider, 3);

        String w2Moved = W2.replace("2031AB;GM0392", "1013AB;GM0363");
        String w4 = "W-4;;Daan;;Jansen;2014-02-01;M;3011AB;GM0599;FOSTER_CARE;2026-11-01\n";
        putCsv(provider, HEADER + w4 + w2Moved + W1, false).statusCode(200)
                .body("added", equalTo(1))
                .body("changed", equalTo(1))
                .body("removed", equalTo(1))
                .body("unchanged", equalTo(1));

        Map<String, JsonNode> all = changesOf(provider, 6);
        assertThat(all).containsOnlyKeys("ADDED W-1", "ADDED W-2", "ADDED W-3", "ADDED W-4", "CHANGED W-2",
                "REMOVED W-3");
        assertThat(all.get("CHANGED W-2").at("/linkageKeys/pc4").asText()).isEqualTo("1013");
        assertThat(all.get("REMOVED W-3").at("/linkageKeys/birthDate/date").asText()).isNotBlank();
        assertThat(all.get("REMOVED W-3").toString()).as("no readable birth date").doesNotContain("2011-07-30");

        putCsv(provider, HEADER + W1 + w2Moved + w4, false).statusCode(200).body("unchanged", equalTo(3));
        assertThat(changesOf(provider, 6)).as("the same list again changes nothing").hasSize(6);
    }

    @Test
    void allOrNothingRefusesTheWholeListWhenOneRowFails() {
        String provider = "98000023";
        putCsv(provider, HEADER + W1, false).statusCode(200);
        String badDate = W2.replace("2012-01-09", "09-01-2012");

        putCsv(provider, HEADER + W3 + badDate, true).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].row", equalTo(3))
                .body("errors[0].field", equalTo("birthDate"));

        assertThat(Sql.count("SELECT count(*) FROM waitlist_entry WHERE provider_id = ?", provider)).isEqualTo(1);
        assertThat(Sql.string("SELECT provider_entry_id FROM waitlist_entry WHERE provider_id = ?", provider))
                .isEqualTo("W-1");
    }

    @Test
    void aRefusedRowKeepsItsPreviousVersionAndAnUnreadableHeaderChangesNothing() {
        String provider = "98000024";
        putCsv(provider, HEADER + W1 + W2, false).statusCode(200);

        putCsv(provider, HEADER + W1 + W2.replace(";M;", ";Q;"), false).statusCode(200)
                .body("removed", equalTo(0))
                .body("keptPrevious", equalTo(1))
                .body("errors[0].field", equalTo("gender"));
        putCsv(provider, "id;naam\nW-1;Fenna\n", false).statusCode(422)
                .body("errors.field", hasItem("column 2"));

        assertThat(Sql.count("SELECT count(*) FROM waitlist_entry WHERE provider_id = ?", provider)).isEqualTo(2);
    }

    @Test
    void jsonWorksLikeCsv() throws Exception {
        String provider = "98000025";
        String body = """
                {"entries": [{"providerEntryId": "J-1", "givenName": "Mila", "familyName": "Visser",
                              "birthDate": "2015-06-01", "gender": "F", "postcode": "1011AB", "careFunction": "FOSTER_CARE"}]}""";

        given().auth().oauth2(Tokens.provider(provider)).contentType("application/json").body(body)
                .when().put("/api/v1/providers/" + provider + "/waitlist")
                .then().statusCode(200).body("added", equalTo(1));

        assertThat(changesOf(provider, 1)).containsOnlyKeys("ADDED J-1");
    }

    @Test
    void aProviderHandsOverOnlyItsOwnList() {
        given().auth().oauth2(Tokens.provider("98000001")).contentType("text/csv").body(HEADER + W1)
                .when().put("/api/v1/providers/98000026/waitlist")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.withRole("referrer", "referrer")).contentType("text/csv").body(HEADER + W1)
                .when().put("/api/v1/providers/98000026/waitlist")
                .then().statusCode(403);

        assertThat(Sql.count("SELECT count(*) FROM waitlist_entry WHERE provider_id = '98000026'")).isZero();
    }

    @Test
    void whenTheKeysGetANewFormEveryEntryIsPublishedAgainOnce() throws Throwable {
        String provider = "98000029";
        putCsv(provider, HEADER + W1 + W2, false).statusCode(200).body("added", equalTo(2));
        changesOf(provider, 2);

        Sql.update("UPDATE linkage_encoding SET version = 1");
        int published = VertxContextSupport.subscribeAndAwait(() -> reencoding.reencodeIfOutdated());
        int again = VertxContextSupport.subscribeAndAwait(() -> reencoding.reencodeIfOutdated());

        assertThat(published).as("every entry and request of every provider").isGreaterThanOrEqualTo(2);
        assertThat(again).as("once").isZero();
        assertThat(Sql.count("SELECT version FROM linkage_encoding")).isEqualTo(LinkageEncoder.VERSION);
        Map<String, JsonNode> changes = changesOf(provider, 4);
        assertThat(changes).containsKeys("CHANGED W-1", "CHANGED W-2");
        assertThat(changes.get("CHANGED W-1").get("linkageKeys")).isEqualTo(changes.get("ADDED W-1").get("linkageKeys"));
    }

    /** Last: it puts 20,000 events on waitlist-entries.v2, which the other tests read through. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aFullListOf20000IsTakenWhileFormsArriveAndNoTransactionStaysOpen() throws Exception {
        String provider = "98000041";
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            csv.append(W2.replace("W-2;", "W-" + i + ";"));
        }
        ExecutorService referrers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> forms = IntStream.range(0, 20).<Future<?>> mapToObj(i -> referrers.submit(() ->
                    IntakeForms.submit("referrer-" + i, IntakeForms.form(IntakeForms.aYouth())).statusCode(201))).toList();

            // Before, the outbox rows were written as one chain of 20,000 steps: the stack overflowed,
            // the error was swallowed and the upload hung with its transaction open.
            given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 120_000)))
                    .auth().oauth2(Tokens.provider(provider)).contentType("text/csv").body(csv.toString())
                    .when().put("/api/v1/providers/" + provider + "/waitlist")
                    .then().statusCode(200).body("added", equalTo(20_000));

            for (Future<?> form : forms) {
                form.get(60, TimeUnit.SECONDS);
            }
        } finally {
            referrers.shutdownNow();
        }
        assertThat(Sql.count("SELECT count(*) FROM waitlist_entry WHERE provider_id = ?", provider)).isEqualTo(20_000);
        assertThat(Sql.count("SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'"
                + " AND now() - state_change > interval '5 seconds'")).isZero();
    }

    private static ValidatableResponse putCsv(String provider, String csv, boolean allOrNothing) {
        return given().auth().oauth2(Tokens.provider(provider)).contentType("text/csv").body(csv)
                .queryParam("allOrNothing", allOrNothing)
                .when().put("/api/v1/providers/" + provider + "/waitlist")
                .then();
    }

    /** Waits for {@code expected} changes of this provider on waitlist-entries.v2, as "CHANGE entryId". */
    private static Map<String, JsonNode> changesOf(String provider, int expected) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsOf(provider).size() >= expected);
        Map<String, JsonNode> changes = new java.util.HashMap<>();
        for (ConsumerRecord<String, String> record : recordsOf(provider)) {
            JsonNode event = JSON.readTree(record.value());
            changes.put(event.get("change").asText() + " " + event.get("providerEntryId").asText(), event);
        }
        assertThat(recordsOf(provider)).as("exactly the differences").hasSize(expected);
        return changes;
    }

    private static List<ConsumerRecord<String, String>> recordsOf(String provider) {
        return KafkaTestClient.readAll("waitlist-entries.v2").stream().filter(r -> provider.equals(r.key()))
                .collect(Collectors.toList());
    }
}
