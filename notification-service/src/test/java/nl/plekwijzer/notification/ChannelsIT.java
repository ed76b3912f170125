package nl.plekwijzer.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.MailTestResource;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.notification.channel.WebhookSignature;

/**
 * Subscriptions and their channels against real receivers: a webhook server in this JVM (signature,
 * retries, dead letters and their replay) and a real SMTP server; each occasion once per channel.
 */
@QuarkusTest
class ChannelsIT {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final String ADMIN = Tokens.withRole("admin", "admin");

    /** A webhook receiver: answers 500 to the first {@code failFirst} requests, then 204. */
    static final class Receiver implements AutoCloseable {

        record Received(String body, String signature, String deliveryId) {
        }

        final List<Received> received = new CopyOnWriteArrayList<>();
        final AtomicInteger failFirst;
        final HttpServer server;

        Receiver(int failFirst) throws IOException {
            this.failFirst = new AtomicInteger(failFirst);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(body, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                        exchange.getRequestHeaders().getFirst("X-Plekwijzer-Delivery")));
                int status = this.failFirst.getAndDecrement() > 0 ? 500 : 204;
                exchange.sendResponseHeaders(status, -1);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.flush();
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void aWebhookIsSignedRetriedUntilItIsTakenAndGetsEachOccasionOnce() throws Exception {
        String provider = provider();
        try (Receiver receiver = new Receiver(2)) {
            String secret = subscribe(Tokens.provider(provider), "WEBHOOK", receiver.url(), "PROPOSAL_RECEIVED");
            UUID request = UUID.randomUUID();
            String proposed = proposed(request, provider);
            KafkaTestClient.send("placement-events.v1", request.toString(), proposed);
            KafkaTestClient.send("placement-events.v1", request.toString(), proposed);

            // Two refusals, then taken: three tries of one delivery.
            await().atMost(SOON).until(() -> receiver.received.size() >= 3);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> receiver.received.size() == 3);
            assertThat(receiver.received).extracting(Receiver.Received::deliveryId).containsOnly(
                    receiver.received.get(0).deliveryId());
            for (Receiver.Received got : receiver.received) {
                assertThat(got.signature()).isEqualTo(WebhookSignature.of(secret, got.body().getBytes(StandardCharsets.UTF_8)));
            }
            assertThat(receiver.received.get(0).body()).contains("\"kind\":\"PROPOSAL_RECEIVED\"")
                    .contains("\"subjectRef\":\"" + request + "\"").contains("http://127.0.0.1:8080/provider/proposals/");
            assertThat(Sql.string("SELECT state || '/' || attempts FROM delivery WHERE delivery_id = ?::uuid",
                    receiver.received.get(0).deliveryId())).isEqualTo("DELIVERED/3");
        }
    }

    @Test
    void aWebhookThatKeepsFailingIsADeadLetterThatAnAdminReplays() throws Exception {
        String provider = provider();
        try (Receiver receiver = new Receiver(Integer.MAX_VALUE)) {
            subscribe(Tokens.provider(provider), "WEBHOOK", receiver.url(), "PROPOSAL_RECEIVED");
            UUID request = UUID.randomUUID();
            KafkaTestClient.send("placement-events.v1", request.toString(), proposed(request, provider));

            await().atMost(SOON).until(() -> given().auth().oauth2(ADMIN).when().get("/api/v1/deliveries/dead")
                    .then().statusCode(200).extract().jsonPath().getList("subjectRef").contains(request.toString()));
            String deliveryId = given().auth().oauth2(ADMIN).when().get("/api/v1/deliveries/dead").then().extract()
                    .jsonPath().getString("find { it.subjectRef == '" + request + "' }.deliveryId");
            assertThat(receiver.received).hasSize(3);
            given().auth().oauth2(ADMIN).when().get("/api/v1/deliveries/dead").then()
                    .body("find { it.subjectRef == '" + request + "' }.lastError", containsString("HTTP 500"));
            given().auth().oauth2(Tokens.provider(provider)).when().get("/api/v1/deliveries/dead").then().statusCode(403);

            receiver.failFirst.set(0);
            given().auth().oauth2(ADMIN).when().post("/api/v1/deliveries/" + deliveryId + "/replay").then().statusCode(204);
            await().atMost(SOON).until(() -> "DELIVERED".equals(Sql.string(
                    "SELECT state FROM delivery WHERE delivery_id = ?::uuid", deliveryId)));
            assertThat(receiver.received).hasSize(4);
            given().auth().oauth2(ADMIN).when().post("/api/v1/deliveries/" + deliveryId + "/replay").then().statusCode(404);
        }
    }

    @Test
    void anEmailReachesARealSmtpServerWithALinkAndNoMoreThanTheInboxSays() throws Exception {
        String referrer = "referrer-" + UUID.randomUUID();
        String address = referrer + "@wijkteam.example";
        subscribe(Tokens.withRole(referrer, "referrer"), "EMAIL", address, "PROPOSAL_ACCEPTED");
        UUID request = UUID.randomUUID();
        String now = OffsetDateTime.now().toString();
        requestOf(request, referrer);
        KafkaTestClient.send("placement-events.v1", request.toString(), """
                {"eventId":"%s","type":"ACCEPTED","proposalId":"%s","requestId":"%s","unitId":"unit-m",
                 "providerId":"98000001","bridgingPlacement":false,"reason":null,"occurredAt":"%s"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), request, now));

        await().atMost(SOON).until(() -> messagesTo(address).size() == 1);
        MimeMessage mail = messagesTo(address).get(0);
        assertThat(mail.getSubject()).isEqualTo("plekwijzer: voorstel geaccepteerd");
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        // What the inbox says, a link, and nothing else about the youth.
        String inboxMessage = given().auth().oauth2(Tokens.withRole(referrer, "referrer")).when()
                .get("/api/v1/notifications").then().extract().path("find { it.kind == 'PROPOSAL_ACCEPTED' }.message");
        assertThat(body.strip().replace("\r\n", "\n")).isEqualTo(inboxMessage + "\n\nhttp://127.0.0.1:8080/referrer/requests/"
                + request + "\n\nU ontvangt dit bericht omdat u zich hiervoor in plekwijzer hebt aangemeld.");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> messagesTo(address).size() == 1);
    }

    @Test
    void anOccasionThatReachesTheOwnerTwiceGoesToTheirChannelOnce() throws Exception {
        // A coordinator who is also the request's referrer: the acceptance reaches them as both.
        String coordinator = "coordinator-" + UUID.randomUUID();
        UUID request = UUID.randomUUID();
        try (Receiver receiver = new Receiver(0)) {
            String token = Tokens.withRole(coordinator, "coordinator");
            subscribe(token, "WEBHOOK", receiver.url(), "PROPOSAL_ACCEPTED");
            requestOf(request, coordinator);
            KafkaTestClient.send("placement-events.v1", request.toString(), """
                    {"eventId":"%s","type":"ACCEPTED","proposalId":"%s","requestId":"%s","unitId":"unit-d",
                     "providerId":"98000001","bridgingPlacement":false,"reason":null,"occurredAt":"%s"}"""
                    .formatted(UUID.randomUUID(), UUID.randomUUID(), request, OffsetDateTime.now()));

            await().atMost(SOON).until(() -> Sql.count("SELECT count(*) FROM notification WHERE subject_ref = ?"
                    + " AND recipient IN ('role:coordinator', ?)", request.toString(), "user:" + coordinator) == 2);
            await().atMost(SOON).until(() -> mentioning(receiver, request) == 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> mentioning(receiver, request) == 1);
            given().auth().oauth2(token).when().get("/api/v1/subscriptions").then().extract().jsonPath()
                    .getList("subscriptionId", String.class).forEach(id -> given().auth().oauth2(token).when()
                            .delete("/api/v1/subscriptions/" + id).then().statusCode(204));
        }
    }

    @Test
    void subscriptionsAreTheCallersOwnTheirSecretIsShownOnceAndBadOnesAreNamed() {
        String provider = provider();
        String token = Tokens.provider(provider);
        String id = given().auth().oauth2(token).contentType("application/json")
                .body("{\"channel\":\"WEBHOOK\",\"target\":\"https://provider.example/hook\",\"events\":[\"PROPOSAL_RECEIVED\"]}")
                .when().post("/api/v1/subscriptions").then().statusCode(201)
                .body("secret", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")).extract().path("subscriptionId");
        given().auth().oauth2(token).when().get("/api/v1/subscriptions").then().statusCode(200)
                .body("subscriptionId", hasItem(id)).body("secret", hasItems(nullValue()))
                .body("secret", not(hasItem(org.hamcrest.Matchers.notNullValue())));
        given().auth().oauth2(Tokens.provider("98000009")).when().get("/api/v1/subscriptions").then()
                .body("subscriptionId", not(hasItem(id)));
        given().auth().oauth2(Tokens.provider("98000009")).when().delete("/api/v1/subscriptions/" + id).then()
                .statusCode(404);

        given().auth().oauth2(token).contentType("application/json")
                .body("{\"channel\":\"FAX\",\"target\":\"ftp://files.example/x\",\"events\":[\"PROPOSAL_RECEIVED\",\"NO_SUCH_EVENT\"]}")
                .when().post("/api/v1/subscriptions").then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItems("channel", "events[1]"))
                .body(not(containsString("ftp://files.example"))).body(not(containsString("NO_SUCH_EVENT")));
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"channel\":\"WEBHOOK\",\"target\":\"ftp://files.example/x\",\"events\":[\"PROPOSAL_RECEIVED\"]}")
                .when().post("/api/v1/subscriptions").then().statusCode(422).body("violations.field", hasItems("target"));
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"channel\":\"EMAIL\",\"target\":\"not an address\",\"events\":[\"PROPOSAL_RECEIVED\"]}")
                .when().post("/api/v1/subscriptions").then().statusCode(422).body("violations.field", hasItems("target"));

        given().auth().oauth2(token).when().delete("/api/v1/subscriptions/" + id).then().statusCode(204);
        given().auth().oauth2(token).when().get("/api/v1/subscriptions").then().body("subscriptionId", not(hasItem(id)));

        // At most five per caller in the tests (twenty by default).
        for (int i = 0; i < 5; i++) {
            subscribe(token, "EMAIL", "desk" + i + "@provider.example", "PROPOSAL_RECEIVED");
        }
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"channel\":\"EMAIL\",\"target\":\"desk@provider.example\",\"events\":[\"PROPOSAL_RECEIVED\"]}")
                .when().post("/api/v1/subscriptions").then().statusCode(409).contentType("application/problem+json");
    }

    private static long mentioning(Receiver receiver, UUID request) {
        return receiver.received.stream().filter(r -> r.body().contains(request.toString())).count();
    }

    private static void requestOf(UUID request, String referrer) {
        TestEvents.request(request, referrer, "OPEN", LocalDate.now().plusMonths(6));
        await().atMost(SOON).until(() -> Sql.count("SELECT count(*) FROM watched_request WHERE request_id = ?",
                request) == 1);
    }

    private static String subscribe(String token, String channel, String target, String event) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"channel\":\"%s\",\"target\":\"%s\",\"events\":[\"%s\"]}".formatted(channel, target, event))
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("secret");
    }

    private static String proposed(UUID request, String provider) {
        return """
                {"eventId":"%s","type":"PROPOSED","proposalId":"%s","requestId":"%s","unitId":"unit-w",
                 "providerId":"%s","bridgingPlacement":false,"reason":null,"occurredAt":"%s"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), request, provider, OffsetDateTime.now());
    }

    private static List<MimeMessage> messagesTo(String address) {
        return java.util.Arrays.stream(MailTestResource.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).map(MimeMessage.class::cast).toList();
    }

    private static String provider() {
        return "98" + (100000 + (int) (Math.random() * 800000));
    }
}
