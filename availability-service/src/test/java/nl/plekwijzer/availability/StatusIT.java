package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static nl.plekwijzer.availability.Fixtures.PROVIDER_A;
import static nl.plekwijzer.availability.Fixtures.PROVIDER_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import nl.plekwijzer.availability.status.UnitStatus;
import nl.plekwijzer.availability.status.repository.StatusRepository;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.Topic;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

@QuarkusTest
class StatusIT {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    /** The consumer group of bed-status.v1 (mp.messaging.incoming.bed-status-in.group.id). */
    private static final String GROUP_ID = "availability-service";

    @Inject
    StatusRepository statuses;

    @Inject
    Pool pool;

    @Test
    void aReportIsAcceptedAfterTheBrokerHasItAndIsSoonReadableAndPublished() {
        String unitId = Fixtures.registeredUnit();
        UUID eventId = UUID.randomUUID();

        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON)
                .body(Fixtures.report(eventId, NOW, 2, 3))
                .when().post("/api/v1/units/" + unitId + "/status")
                .then().statusCode(202).body("eventId", equalTo(eventId.toString()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> coordinatorView(unitId)
                .body("[0].availablePlaces", equalTo(2))
                .body("[0].light", equalTo("GREEN"))
                .body("[0].stale", equalTo(false)));
        ConsumerRecord<String, String> snapshot = KafkaTestClient.awaitRecord("bed-availability.v1",
                r -> unitId.equals(r.key()), Duration.ofSeconds(10));
        assertThat(snapshot.value()).contains("\"availablePlaces\":2");
        assertThat(KafkaTestClient.header(snapshot, "ce_type")).isEqualTo("nl.plekwijzer.bed-availability.changed.v1");
    }

    @Test
    void aUnitReportingAgainWithinASecondHasItsNewestStateSentOn() {
        String unitId = Fixtures.registeredUnit();
        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), NOW.minusSeconds(2), 1, 5));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> coordinatorView(unitId).body("[0].availablePlaces", equalTo(1)));

        // Within the snapshot interval of the first (5 s in tests): these are due, and SnapshotFlusher
        // sends the newest state; without it the unit's last snapshot would stay the first report's.
        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), NOW.minusSeconds(1), 2, 4));
        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), NOW, 3, 3));
        await().atMost(Duration.ofSeconds(5)).until(() -> Sql.count(
                "SELECT count(*) FROM unit_status WHERE unit_id = ? AND available_places = 3", unitId) == 1);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(KafkaTestClient.readAll("bed-availability.v1")
                .stream().filter(r -> unitId.equals(r.key())).reduce((first, second) -> second).orElseThrow().value())
                .contains("\"availablePlaces\":3"));
        assertThat(Sql.count("SELECT count(*) FROM unit_status WHERE unit_id = ? AND snapshot_due", unitId)).isZero();
    }

    @Test
    void theSameEventSentTwiceIsAppliedOnce() {
        String unitId = Fixtures.registeredUnit();
        UUID eventId = UUID.randomUUID();
        String report = Fixtures.report(eventId, NOW, 1, 4);

        Fixtures.postStatus(unitId, report);
        Fixtures.postStatus(unitId, report);
        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), NOW.plusSeconds(1), 1, 4));

        await().atMost(Duration.ofSeconds(10)).until(() -> historyTotal(unitId) == 2);
        // Both copies are on the topic (202 comes after the broker's ack); only once the consumer has
        // committed past them does "still 2" mean the duplicate was skipped, not still unread.
        List<ConsumerRecord<String, String>> copies = KafkaTestClient.readAll("bed-status.v1").stream()
                .filter(r -> r.value().contains(eventId.toString())).toList();
        assertThat(copies).hasSize(2);
        copies.forEach(copy -> KafkaTestClient.awaitConsumed(GROUP_ID, copy, Duration.ofSeconds(20)));
        assertThat(Sql.count("SELECT count(*) FROM status_event WHERE unit_id = ?", unitId)).isEqualTo(2);
        assertThat(historyTotal(unitId)).isEqualTo(2);
    }

    @Test
    void anOlderEventAfterANewerOneIsKeptInHistoryButDoesNotOverwrite() {
        String unitId = Fixtures.registeredUnit();
        UUID newer = UUID.randomUUID();
        UUID older = UUID.randomUUID();

        Fixtures.postStatus(unitId, Fixtures.report(newer, NOW, 3, 3));
        Fixtures.postStatus(unitId, Fixtures.report(older, NOW.minusMinutes(30), 0, 6));

        await().atMost(Duration.ofSeconds(10)).until(() -> historyTotal(unitId) == 2);
        coordinatorView(unitId).body("[0].availablePlaces", equalTo(3));
        JsonPath history = history(unitId, Tokens.withRole("coordinator", "coordinator"));
        assertThat(history.getList("events.eventId")).containsExactly(newer.toString(), older.toString());
        assertThat(history.getList("events.applied")).containsExactly(true, false);
    }

    @Test
    void badReportsGetAProblemNamingTheField() {
        String unitId = Fixtures.registeredUnit();
        String path = "/api/v1/units/" + unitId + "/status";

        given().contentType(ContentType.JSON).body(Fixtures.report(UUID.randomUUID(), NOW, 1, 1))
                .when().post(path).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provider(PROVIDER_B)).contentType(ContentType.JSON)
                .body(Fixtures.report(UUID.randomUUID(), NOW, 1, 1))
                .when().post(path).then().statusCode(403).contentType("application/problem+json");
        post("/api/v1/units/no-such-unit/status", Fixtures.report(UUID.randomUUID(), NOW, 1, 1))
                .statusCode(404).body("field", equalTo("unitId"));
        post(path, Fixtures.report(UUID.randomUUID(), NOW, 4, 3))
                .statusCode(422).body("violations[0].field", equalTo("availablePlaces"))
                .body("violations[0].message", containsString("exceeds the unit's 6 places"));
        post(path, Fixtures.report(UUID.randomUUID(), NOW, -1, 3))
                .statusCode(422).body("violations.field", hasItem(containsString("availablePlaces")));
        post(path, Fixtures.report(UUID.randomUUID(), NOW.plusMinutes(6), 1, 1))
                .statusCode(422).body("violations[0].field", equalTo("occurredAt"));
        post(path, Fixtures.report(UUID.randomUUID(), NOW, 1, 1).replace("\"heldBackPlaces\":0", "\"light\":\"BLUE\""))
                .statusCode(422).body("violations[0].field", equalTo("light"))
                .body("violations[0].message", containsString("[GREEN, ORANGE, RED]"));
        post(path, Fixtures.report(UUID.randomUUID(), NOW, 0, 4).replace("\"heldBackPlaces\":0", "\"light\":\"GREEN\""))
                .statusCode(422).body("violations[0].field", equalTo("light"));
        post(path, Fixtures.report(UUID.randomUUID(), NOW, 2, 4).replace("\"heldBackPlaces\":0", "\"light\":\"RED\""))
                .statusCode(422).body("violations[0].field", equalTo("light"));
        post(path, Fixtures.report(UUID.randomUUID(), NOW, 0, 4).replace("\"heldBackPlaces\":0",
                "\"light\":\"ORANGE\",\"reasonCode\":\"OTHER\""))
                .statusCode(422).body("violations[0].field", equalTo("reason"));
        post(path, Fixtures.report(UUID.randomUUID(), NOW, 0, 4).replace("\"heldBackPlaces\":0",
                "\"light\":\"ORANGE\",\"reasonCode\":\"HOLIDAY\""))
                .statusCode(422).body("violations[0].field", equalTo("reasonCode"));
        post(path, "{\"occurredAt\": \"2026-").statusCode(400).contentType("application/problem+json");
        assertThat(historyTotal(unitId)).isZero();
    }

    /** A unit's owner and size are read at most once a second for these checks, but a change made here counts at once. */
    @Test
    void aUnitMadeSmallerChecksTheNextReportAgainstItsNewSize() {
        String unitId = Fixtures.registeredUnit();
        String path = "/api/v1/units/" + unitId + "/status";
        post(path, Fixtures.report(UUID.randomUUID(), NOW, 2, 4)).statusCode(202);

        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON)
                .body(Fixtures.profile(PROVIDER_A, 3, 24, false))
                .when().put("/api/v1/units/" + unitId).then().statusCode(200);

        post(path, Fixtures.report(UUID.randomUUID(), NOW, 2, 4))
                .statusCode(422).body("violations[0].message", containsString("exceeds the unit's 3 places"));
        post(path, Fixtures.report(UUID.randomUUID(), NOW, 1, 2)).statusCode(202);
    }

    @Test
    void theReasonForAnOrangeLightIsKeptShownAndPublished() {
        String unitId = Fixtures.registeredUnit();
        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), NOW, 1, 5).replace("\"heldBackPlaces\":0",
                "\"light\":\"ORANGE\",\"reasonCode\":\"STAFFING\",\"reason\":\"twee vacatures\""));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> coordinatorView(unitId)
                .body("[0].light", equalTo("ORANGE"))
                .body("[0].reasonCode", equalTo("STAFFING"))
                .body("[0].reason", equalTo("twee vacatures")));
        ConsumerRecord<String, String> snapshot = KafkaTestClient.awaitRecord("bed-availability.v1",
                r -> unitId.equals(r.key()) && r.value().contains("\"reasonCode\":\"STAFFING\""), Duration.ofSeconds(10));
        assertThat(snapshot.value()).contains("\"light\":\"ORANGE\"");
        given().auth().oauth2(Tokens.provider(PROVIDER_A)).when().get("/api/v1/units/" + unitId + "/history")
                .then().statusCode(200).body("events[0].reasonCode", equalTo("STAFFING"));
    }

    @Test
    void aBatchIsAcceptedWholeOrNotAtAll() {
        String first = Fixtures.registeredUnit();
        String second = Fixtures.registeredUnit();
        UUID refusedEventId = UUID.randomUUID();

        UUID firstEventId = UUID.randomUUID();
        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON)
                .body(batch(item(first, firstEventId, 1, 5), item(second, UUID.randomUUID(), 2, 4)))
                .when().post("/api/v1/status-reports")
                .then().statusCode(202).body("accepted", equalTo(2)).body("eventIds", hasSize(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> historyTotal(first) == 1 && historyTotal(second) == 1);
        // One record holds the whole batch: the broker has all of it or none, without a transaction.
        assertThat(KafkaTestClient.readAll("bed-status.v1").stream()
                .filter(r -> r.value().contains(firstEventId.toString())).toList()).singleElement().satisfies(r -> {
                    assertThat(KafkaTestClient.header(r, "ce_type")).isEqualTo("nl.plekwijzer.bed-status.batch-reported.v1");
                    assertThat(r.value()).contains(first, second);
                });

        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON)
                .body(batch(item(first, refusedEventId, 1, 5), item(second, UUID.randomUUID(), 9, 4)))
                .when().post("/api/v1/status-reports")
                .then().statusCode(422).body("violations[0].field", equalTo("reports[1].availablePlaces"));
        assertThat(KafkaTestClient.readAll("bed-status.v1"))
                .noneMatch(r -> r.value().contains(refusedEventId.toString()));

        // The caller is checked for every provider in the batch, not just the first report's.
        String ofProviderB = Fixtures.registeredUnit(PROVIDER_B, 6, 24, false);
        UUID ownEventId = UUID.randomUUID();
        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON)
                .body(batch(item(first, ownEventId, 1, 5), item(second, UUID.randomUUID(), 1, 4),
                        item(ofProviderB, UUID.randomUUID(), 1, 5)))
                .when().post("/api/v1/status-reports")
                .then().statusCode(403);
        assertThat(KafkaTestClient.readAll("bed-status.v1")).noneMatch(r -> r.value().contains(ownEventId.toString()));

        String tooMany = batch(IntStream.range(0, 1001).mapToObj(i -> item(first, UUID.randomUUID(), 1, 5))
                .toArray(String[]::new));
        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON).body(tooMany)
                .when().post("/api/v1/status-reports")
                .then().statusCode(413).contentType("application/problem+json").body("field", equalTo("reports"));
    }

    @Test
    void aUnitPassesToStaleAndBack() {
        String unitId = Fixtures.registeredUnit(PROVIDER_A, 6, 1, false);

        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), NOW.minusHours(2), 1, 5));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> coordinatorView(unitId)
                .body("[0].availablePlaces", equalTo(1)).body("[0].stale", equalTo(true)));
        ConsumerRecord<String, String> wentStale = KafkaTestClient.awaitRecord("unit-freshness.v1",
                r -> unitId.equals(r.key()), Duration.ofSeconds(15));
        assertThat(wentStale.value()).contains("\"confirmationIntervalHours\":1");

        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), NOW, 1, 5));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> coordinatorView(unitId)
                .body("[0].stale", equalTo(false)));
    }

    @Test
    void poisonAndInapplicableEventsGoToTheDlqWhileTheGoodOneAfterThemIsApplied() {
        String unitId = Fixtures.registeredUnit();
        UUID goodId = UUID.randomUUID();
        String unknownUnitEvent = kafkaEvent(UUID.randomUUID(), "unit-that-does-not-exist", 1, 1);

        KafkaTestClient.send("bed-status.v1", unitId, "{\"eventId\": 42");
        KafkaTestClient.send("bed-status.v1", "unit-that-does-not-exist", unknownUnitEvent);
        RecordMetadata good = KafkaTestClient.send("bed-status.v1", unitId, kafkaEvent(goodId, unitId, 2, 2));
        RecordMetadata replay = KafkaTestClient.send("bed-status.v1", unitId, kafkaEvent(goodId, unitId, 2, 2));

        KafkaTestClient.awaitConsumed(GROUP_ID, replay, Duration.ofSeconds(20));
        assertThat(good.offset()).isLessThan(replay.offset());
        coordinatorView(unitId).body("[0].availablePlaces", equalTo(2));
        assertThat(Sql.count("SELECT count(*) FROM status_event WHERE event_id = ?", goodId)).isEqualTo(1);
        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.readAll("bed-status.v1.dlq");
        assertThat(deadLetters).anySatisfy(r -> {
            assertThat(r.value()).isEqualTo(unknownUnitEvent);
            assertThat(KafkaTestClient.header(r, "dead-letter-reason")).isEqualTo("Unknown unit 'unit-that-does-not-exist'");
        });
        assertThat(deadLetters).noneMatch(r -> r.value().contains(goodId.toString()));
    }

    @Test
    void aBatchStraightFromAProviderSystemIsAppliedReportByReport() {
        String first = Fixtures.registeredUnit();
        String second = Fixtures.registeredUnit();
        UUID firstId = UUID.randomUUID();
        UUID secondId = UUID.randomUUID();
        String batch = batchEvent(kafkaEvent(firstId, first, 3, 3), kafkaEvent(secondId, second, 0, 6),
                kafkaEvent(UUID.randomUUID(), "unit-that-does-not-exist", 1, 1));

        RecordMetadata sent = sendBatchRecord(batch);

        KafkaTestClient.awaitConsumed(GROUP_ID, sent, Duration.ofSeconds(20));
        coordinatorView(first).body("[0].availablePlaces", equalTo(3));
        coordinatorView(second).body("[0].availablePlaces", equalTo(0)).body("[0].light", equalTo("RED"));
        // The record goes to the dead-letter topic once, for its one report that can never be applied.
        assertThat(KafkaTestClient.readAll("bed-status.v1.dlq").stream().filter(r -> r.value().equals(batch)).toList())
                .singleElement().satisfies(r -> assertThat(KafkaTestClient.header(r, "dead-letter-reason"))
                        .isEqualTo("Unknown unit 'unit-that-does-not-exist'"));

        // A batch without a report is not a batch: the schema refuses it and the consumer goes on.
        String empty = batchEvent();
        RecordMetadata refused = sendBatchRecord(empty);
        KafkaTestClient.awaitConsumed(GROUP_ID, refused, Duration.ofSeconds(20));
        assertThat(KafkaTestClient.readAll("bed-status.v1.dlq")).anySatisfy(r -> {
            assertThat(r.value()).isEqualTo(empty);
            assertThat(KafkaTestClient.header(r, "dead-letter-reason")).startsWith("Does not match schema");
        });
    }

    /**
     * A report seen before is ignored, not applied again: beside a new report of the same moment, the
     * new one stays the status; and once the unit is too small for it, it is still ignored, not
     * dead-lettered.
     */
    @Test
    void aReportSeenBeforeIsIgnoredBesideANewOneOfTheSameMomentAndWhenItWouldNowBeRefused() {
        String unitId = Fixtures.registeredUnit();
        UUID seen = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        KafkaTestClient.awaitConsumed(GROUP_ID, KafkaTestClient.send("bed-status.v1", unitId, kafkaEvent(seen, unitId, 5, 1)),
                Duration.ofSeconds(20));

        KafkaTestClient.awaitConsumed(GROUP_ID,
                sendBatchRecord(batchEvent(kafkaEvent(fresh, unitId, 1, 3), kafkaEvent(seen, unitId, 5, 1))), Duration.ofSeconds(20));
        coordinatorView(unitId).body("[0].availablePlaces", equalTo(1));

        given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON)
                .body(Fixtures.profile(PROVIDER_A, 4, 24, false))
                .when().put("/api/v1/units/" + unitId).then().statusCode(200);
        KafkaTestClient.awaitConsumed(GROUP_ID, KafkaTestClient.send("bed-status.v1", unitId, kafkaEvent(seen, unitId, 5, 1)),
                Duration.ofSeconds(20));

        coordinatorView(unitId).body("[0].availablePlaces", equalTo(1));
        JsonPath history = history(unitId, Tokens.withRole("coordinator", "coordinator"));
        assertThat(history.getList("events.eventId")).containsExactlyInAnyOrder(seen.toString(), fresh.toString());
        assertThat(history.getList("events.applied")).containsExactly(true, true);
        assertThat(KafkaTestClient.readAll("bed-status.v1.dlq")).noneMatch(r -> r.value().contains(seen.toString()));
    }

    /** A provider system that uses an event id again for another report: the report is ignored, the others are applied. */
    @Test
    void anEventIdUsedAgainForAnotherReportIsIgnoredAndTheOthersAreApplied() {
        String unitId = Fixtures.registeredUnit();
        UUID reused = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        KafkaTestClient.awaitConsumed(GROUP_ID, KafkaTestClient.send("bed-status.v1", unitId,
                kafkaEvent(reused, unitId, 5, 1, NOW.minusMinutes(10))), Duration.ofSeconds(20));

        KafkaTestClient.awaitConsumed(GROUP_ID, sendBatchRecord(batchEvent(kafkaEvent(reused, unitId, 0, 6, NOW),
                kafkaEvent(fresh, unitId, 1, 3, NOW.minusMinutes(5)))), Duration.ofSeconds(20));

        coordinatorView(unitId).body("[0].availablePlaces", equalTo(1));
        JsonPath history = history(unitId, Tokens.withRole("coordinator", "coordinator"));
        assertThat(history.getList("events.eventId")).containsExactly(fresh.toString(), reused.toString());
        assertThat(history.getList("events.applied")).containsExactly(true, true);
        assertThat(history.getList("events.availablePlaces")).containsExactly(1, 5);
    }

    /** Two replicas that change one unit at once: the one that read the unit first cannot put an older status back. */
    @Test
    void aSavedStatusIsNotReplacedByAnOlderOne() {
        String unitId = Fixtures.registeredUnit();
        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), NOW, 3, 3));
        await().atMost(Duration.ofSeconds(10)).until(() -> historyTotal(unitId) == 1);
        UnitStatus older = new UnitStatus(UUID.randomUUID(), 0, 6, 0, Light.RED, null, null, null, NOW.minusMinutes(1));

        Set<String> saved = pool.withTransaction(tx -> statuses.saveCurrent(tx, Map.of(unitId, older), Set.of()))
                .await().atMost(Duration.ofSeconds(10));

        assertThat(saved).isEmpty();
        coordinatorView(unitId).body("[0].availablePlaces", equalTo(3));
    }

    @Test
    void aProviderSystemsOwnTopicChangesOnlyThatProvidersUnits() {
        String own = Fixtures.registeredUnit();
        String another = Fixtures.registeredUnit(PROVIDER_B, 6, 24, false);
        String topic = Topic.providerStatusTopic(PROVIDER_A);
        UUID forAnother = UUID.randomUUID();

        KafkaTestClient.send(topic, another, kafkaEvent(forAnother, another, 0, 6));
        RecordMetadata last = KafkaTestClient.send(topic, own, kafkaEvent(UUID.randomUUID(), own, 4, 2));

        KafkaTestClient.awaitConsumed(GROUP_ID, last, Duration.ofSeconds(30));
        coordinatorView(own).body("[0].availablePlaces", equalTo(4));
        assertThat(Sql.count("SELECT count(*) FROM status_event WHERE event_id = ?", forAnother)).isZero();
        ConsumerRecord<String, String> deadLetter = KafkaTestClient.awaitRecord(topic + ".dlq",
                r -> r.value().contains(forAnother.toString()), Duration.ofSeconds(10));
        assertThat(KafkaTestClient.header(deadLetter, "dead-letter-reason"))
                .contains("not a unit of the provider whose status topic this came from");
    }

    @Test
    void historyIsForTheUnitsProviderAndCoordinatorsNewestFirstAndPaged() {
        String unitId = Fixtures.registeredUnit();
        for (int i = 0; i < 3; i++) {
            Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), NOW.minusMinutes(10 - i), i, 1));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> historyTotal(unitId) == 3);

        given().auth().oauth2(Tokens.provider(PROVIDER_A))
                .when().get("/api/v1/units/" + unitId + "/history?size=2&page=0")
                .then().statusCode(200).body("events", hasSize(2)).body("total", equalTo(3))
                .body("events[0].availablePlaces", equalTo(2));
        given().auth().oauth2(Tokens.provider(PROVIDER_A))
                .when().get("/api/v1/units/" + unitId + "/history?size=2&page=1")
                .then().statusCode(200).body("events", hasSize(1)).body("events[0].availablePlaces", equalTo(0));
        given().auth().oauth2(Tokens.provider(PROVIDER_B)).when().get("/api/v1/units/" + unitId + "/history")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("referrer", "referrer")).when().get("/api/v1/units/" + unitId + "/history")
                .then().statusCode(403);
    }

    @Test
    void listsHideConfidentialAddressesAndProvidersSeeTheirOwnUnits() {
        String confidential = Fixtures.registeredUnit(PROVIDER_A, 4, 24, true);
        String ofProviderB = Fixtures.registeredUnit(PROVIDER_B, 4, 24, false);

        coordinatorView(confidential).body("[0].postcode", equalTo(null)).body("[0].latitude", equalTo(null));
        coordinatorView(ofProviderB).body("[0].postcode", equalTo("2132AB"));
        given().auth().oauth2(Tokens.provider(PROVIDER_A)).when().get("/api/v1/availability?unitId=" + ofProviderB)
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/availability?kind=HOTEL")
                .then().statusCode(422).body("violations[0].field", equalTo("kind"));
        // Parameters that do not parse are named, not answered 404 or read as false.
        for (String query : List.of("age=abc", "limit=99999999999", "availableOnly=maybe")) {
            given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                    .when().get("/api/v1/availability?" + query)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(query.substring(0, query.indexOf('='))));
        }
    }

    @Test
    void thePublicViewCountsByKindAndMunicipalityWithoutNamesOrAddresses() {
        String unitId = Fixtures.registeredUnit();
        Fixtures.postStatus(unitId, Fixtures.report(UUID.randomUUID(), NOW, 2, 4));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> coordinatorView(unitId)
                .body("[0].availablePlaces", equalTo(2)));

        String body = given().when().get("/api/v1/public/availability")
                .then().statusCode(200)
                .body("find { it.kind == 'FAMILY_HOME' && it.municipalityCode == 'GM0394' }.units",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .extract().asString();
        assertThat(body).doesNotContain("Zwanenhof", "2132", "Spaarne", unitId);
    }

    @Test
    void anOutboxRowLeftBehindByACrashIsStillPublished() {
        String key = "unit-" + UUID.randomUUID();
        Sql.update("INSERT INTO outbox (event_id, topic, message_key, ce_type, payload, created_at)"
                + " VALUES (?, 'bed-availability.v1', ?, 'nl.plekwijzer.bed-availability.changed.v1', ?, now())",
                UUID.randomUUID(), key, "{\"unitId\":\"" + key + "\"}");

        KafkaTestClient.awaitRecord("bed-availability.v1", r -> key.equals(r.key()), Duration.ofSeconds(15));
        await().atMost(Duration.ofSeconds(5)).until(() ->
                Sql.count("SELECT count(*) FROM outbox WHERE message_key = ?", key) == 0);
    }

    private static io.restassured.response.ValidatableResponse coordinatorView(String unitId) {
        return given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/availability?unitId=" + unitId)
                .then().statusCode(200).body("$", hasSize(1));
    }

    private static io.restassured.response.ValidatableResponse post(String path, String body) {
        return given().auth().oauth2(Tokens.provider(PROVIDER_A)).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    private static long historyTotal(String unitId) {
        return history(unitId, Tokens.provider(PROVIDER_A)).getLong("total");
    }

    private static JsonPath history(String unitId, String token) {
        return given().auth().oauth2(token).when().get("/api/v1/units/" + unitId + "/history")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String item(String unitId, UUID eventId, int available, int occupied) {
        return """
                {"unitId":"%s","eventId":"%s","occurredAt":"%s","availablePlaces":%d,"occupiedPlaces":%d}"""
                .formatted(unitId, eventId, NOW, available, occupied);
    }

    private static String batch(String... items) {
        return "{\"reports\":[" + java.util.Arrays.stream(items).collect(Collectors.joining(",")) + "]}";
    }

    /** A BedStatusBatchReported event of these reports, as a provider system sends it straight to Kafka. */
    private static String batchEvent(String... reports) {
        return "{\"batchId\":\"" + UUID.randomUUID() + "\",\"reports\":[" + String.join(",", reports) + "]}";
    }

    private static RecordMetadata sendBatchRecord(String batchEvent) {
        return KafkaTestClient.send("bed-status.v1", "batch", batchEvent,
                new RecordHeader("ce_type", "nl.plekwijzer.bed-status.batch-reported.v1".getBytes(StandardCharsets.UTF_8)));
    }

    private static String kafkaEvent(UUID eventId, String unitId, int available, int occupied) {
        return kafkaEvent(eventId, unitId, available, occupied, NOW);
    }

    private static String kafkaEvent(UUID eventId, String unitId, int available, int occupied, OffsetDateTime occurredAt) {
        return """
                {"eventId":"%s","unitId":"%s","occurredAt":"%s","availablePlaces":%d,"occupiedPlaces":%d}"""
                .formatted(eventId, unitId, occurredAt, available, occupied);
    }
}
