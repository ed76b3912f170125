package nl.plekwijzer.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.ServerSentEvents;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

/**
 * Notices from real Kafka events into the inbox, live and read/unread, each occasion once; the
 * notices a moment brings with the service's clock moved on by the test.
 */
@QuarkusTest
class NotificationsIT {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final String COORDINATOR = Tokens.withRole("coordinator", "coordinator");

    @Inject
    TestClock clock;

    @TestHTTPResource("/api/v1/notifications/stream")
    URI stream;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aProposalReachesTheProviderLiveOnceAndItsAcceptanceTheReferrer() throws Exception {
        String provider = "98" + (100000 + (int) (Math.random() * 800000));
        String referrer = "referrer-" + UUID.randomUUID();
        UUID request = UUID.randomUUID();
        TestEvents.request(request, referrer, "OPEN", LocalDate.now().plusMonths(6));
        List<String> live = ServerSentEvents.follow(stream, Tokens.provider(provider));

        UUID proposal = UUID.randomUUID();
        String proposed = placementEvent(UUID.randomUUID(), "PROPOSED", proposal, request, provider, null, null);
        KafkaTestClient.send("placement-events.v1", request.toString(), proposed);
        var duplicate = KafkaTestClient.send("placement-events.v1", request.toString(), proposed);

        await().atMost(SOON).until(() -> live.stream().anyMatch(line -> line.contains("PROPOSAL_RECEIVED")
                && line.contains(request.toString())));
        KafkaTestClient.awaitConsumed("notification-service", duplicate, SOON);
        JsonPath inbox = inbox(Tokens.provider(provider), false);
        assertThat(inbox.getList("kind")).containsExactly("PROPOSAL_RECEIVED");
        assertThat(inbox.getBoolean("[0].read")).isFalse();
        assertThat(inbox.getString("[0].link")).isEqualTo("/provider/proposals/" + proposal);

        // Read by the provider: gone from its unread list; another provider cannot touch it.
        String notification = inbox.getString("[0].notificationId");
        given().auth().oauth2(Tokens.provider("98000009")).when().post("/api/v1/notifications/" + notification + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.provider(provider)).when().post("/api/v1/notifications/" + notification + "/read")
                .then().statusCode(204);
        assertThat(inbox(Tokens.provider(provider), true).getList("kind")).isEmpty();
        assertThat(inbox(Tokens.provider(provider), false).getBoolean("[0].read")).isTrue();

        KafkaTestClient.send("placement-events.v1", request.toString(),
                placementEvent(UUID.randomUUID(), "ACCEPTED", proposal, request, provider, null, null));
        await().atMost(SOON).until(() -> inbox(Tokens.withRole(referrer, "referrer"), false).getList("kind")
                .contains("PROPOSAL_ACCEPTED"));
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/notifications?limit=500").then().statusCode(200)
                .body("subjectRef", hasItem(request.toString()));
        given().auth().oauth2(Tokens.withRole("referrer-other", "referrer")).when().get("/api/v1/notifications")
                .then().statusCode(200).body("subjectRef", not(hasItem(request.toString())));
    }

    @Test
    void anOldEventReadLateMakesNoNoticeButItsCrisisStayIsStillFollowed() throws Exception {
        String provider = "98" + (100000 + (int) (Math.random() * 800000));
        UUID request = UUID.randomUUID();
        LocalDate start = LocalDate.now().minusDays(3);
        String old = """
                {"eventId":"%s","type":"PROPOSED","proposalId":"%s","requestId":"%s","unitId":"unit-o",
                 "providerId":"%s","bridgingPlacement":false,"reason":null,"occurredAt":"%s"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), request, provider, OffsetDateTime.now().minusDays(3));
        KafkaTestClient.send("placement-events.v1", request.toString(), old);
        var placed = KafkaTestClient.send("placement-events.v1", request.toString(), placementEvent(UUID.randomUUID(),
                "PLACED", UUID.randomUUID(), request, provider, start, start.plusDays(28)));

        KafkaTestClient.awaitConsumed("notification-service", placed, SOON);
        assertThat(Sql.count("SELECT count(*) FROM crisis_stay WHERE request_id = ?", request)).isEqualTo(1);
        assertThat(kindsTo("provider:" + provider)).isEmpty();
    }

    @Test
    void aFittingFreePlaceThatAppearsTellsTheReferrerOnce() throws Exception {
        String referrer = "referrer-" + UUID.randomUUID();
        UUID request = UUID.randomUUID();
        TestEvents.request(request, referrer, "OPEN", LocalDate.now().plusMonths(6));
        await().atMost(SOON).until(() -> Sql.count("SELECT count(*) FROM watched_request WHERE request_id = ?",
                request) == 1);

        suggestions(request, 0);
        await().atMost(SOON).until(() -> Sql.count("SELECT count(*) FROM watched_request WHERE request_id = ?"
                + " AND free_fitting_place = false", request) == 1);
        suggestions(request, 1);
        suggestions(request, 2);

        await().atMost(SOON).until(() -> inbox(Tokens.withRole(referrer, "referrer"), false).getList("kind")
                .contains("FITTING_PLACE_APPEARED"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> Sql.count(
                "SELECT count(*) FROM notification WHERE subject_ref = ? AND recipient = ?", request.toString(),
                "user:" + referrer) == 1);
    }

    @Test
    void aCrisisStayIsRemindedOnDay21AndItsLastDayEachOnce() throws Exception {
        String provider = "98" + (100000 + (int) (Math.random() * 800000));
        UUID request = UUID.randomUUID();
        LocalDate start = LocalDate.now().minusDays(20);
        KafkaTestClient.send("placement-events.v1", request.toString(), placementEvent(UUID.randomUUID(), "PLACED",
                UUID.randomUUID(), request, provider, start, start.plusDays(28)));
        await().atMost(SOON).until(() -> Sql.count("SELECT count(*) FROM crisis_stay WHERE request_id = ?", request) == 1);
        assertThat(kindsTo("provider:" + provider)).isEmpty();

        clock.moveOn(Duration.ofDays(1));
        await().atMost(SOON).until(() -> kindsTo("provider:" + provider).equals(List.of("CRISIS_DAY_21")));
        clock.moveOn(Duration.ofDays(7));
        await().atMost(SOON).until(() -> kindsTo("provider:" + provider).contains("CRISIS_END_DATE"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                kindsTo("provider:" + provider).equals(List.of("CRISIS_DAY_21", "CRISIS_END_DATE")));
        assertThat(Sql.count("SELECT count(*) FROM notification WHERE subject_ref = ? AND recipient = 'role:coordinator'",
                request.toString())).isEqualTo(2);
    }

    @Test
    void aStaleUnitIsRemindedEachDayUntilItReports() throws Exception {
        String provider = "98" + (100000 + (int) (Math.random() * 800000));
        String unit = "unit-" + UUID.randomUUID();
        KafkaTestClient.send("unit-freshness.v1", unit, """
                {"eventId":"%s","unitId":"%s","providerId":"%s","lastReportedAt":null,
                 "confirmationIntervalHours":24,"detectedAt":"%s"}""".formatted(UUID.randomUUID(), unit, provider,
                OffsetDateTime.now()));
        await().atMost(SOON).until(() -> kindsTo("provider:" + provider).equals(List.of("UNIT_WENT_STALE")));

        clock.moveOn(Duration.ofHours(25));
        await().atMost(SOON).until(() -> kindsTo("provider:" + provider).contains("UNIT_STILL_STALE"));
        OffsetDateTime reported = OffsetDateTime.now().plusSeconds(1);
        KafkaTestClient.send("bed-availability.v1", unit, """
                {"unitId":"%s","providerId":"%s","kind":"FAMILY_HOME","places":4,"availablePlaces":1,
                 "occupiedPlaces":3,"heldBackPlaces":0,"light":"GREEN","reason":null,"expectedAvailableFrom":null,
                 "occurredAt":"%s","lastReportedAt":"%s","stale":false}""".formatted(unit, provider, reported, reported));
        await().atMost(SOON).until(() -> Sql.count("SELECT count(*) FROM stale_unit WHERE unit_id = ?", unit) == 0);

        clock.moveOn(Duration.ofDays(3));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                kindsTo("provider:" + provider).equals(List.of("UNIT_WENT_STALE", "UNIT_STILL_STALE")));
    }

    @Test
    void theReferrerHearsOnceThatTheDecisionEndsWithinTwoWeeks() throws Exception {
        String referrer = "referrer-" + UUID.randomUUID();
        UUID soon = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        TestEvents.request(soon, referrer, "OPEN", LocalDate.now().plusDays(10));
        TestEvents.request(later, referrer, "OPEN", LocalDate.now().plusDays(40));

        await().atMost(SOON).until(() -> kindsTo("user:" + referrer).equals(List.of("DECISION_EXPIRING")));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                Sql.count("SELECT count(*) FROM notification WHERE recipient = ?", "user:" + referrer) == 1);
        assertThat(Sql.string("SELECT subject_ref FROM notification WHERE recipient = ?", "user:" + referrer))
                .isEqualTo(soon.toString());
    }

    /** The lines of the caller's live inbox, collected as they come. */
    private static JsonPath inbox(String token, boolean unreadOnly) {
        return given().auth().oauth2(token).queryParam("unread", unreadOnly).when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> kindsTo(String recipient) {
        return Sql.strings("SELECT kind FROM notification WHERE recipient = ? ORDER BY created_at, kind", recipient);
    }

    private static void suggestions(UUID requestId, int availablePlaces) {
        KafkaTestClient.send("match-suggestions.v1", requestId.toString(), """
                {"requestId":"%s","generatedAt":"%s","suggestions":[{"rank":1,"unitId":"unit-x","providerId":"98000001",
                 "kind":"FAMILY_HOME","score":0.8,"distanceKm":4.2,"availablePlaces":%d,"stale":false}],"excluded":{}}"""
                .formatted(requestId, OffsetDateTime.now(), availablePlaces));
    }

    private static String placementEvent(UUID eventId, String type, UUID proposalId, UUID requestId, String provider,
            LocalDate start, LocalDate crisisEnd) {
        return """
                {"eventId":"%s","type":"%s","proposalId":"%s","requestId":"%s","unitId":"unit-c",
                 "providerId":"%s","bridgingPlacement":false,"reason":null,"occurredAt":"%s",
                 "startDate":%s,"crisisEndDate":%s}""".formatted(eventId, type, proposalId, requestId, provider,
                OffsetDateTime.now(), start == null ? "null" : "\"" + start + "\"",
                crisisEnd == null ? "null" : "\"" + crisisEnd + "\"");
    }
}
