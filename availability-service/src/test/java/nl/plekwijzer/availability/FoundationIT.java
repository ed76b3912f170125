package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The foundation: health, metrics, OpenAPI, problem+json, bearer tokens, Flyway and Kafka with a DLQ. */
@QuarkusTest
class FoundationIT {

    @Test
    void readinessChecksKafkaAndTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka connection health check",
                        "Reactive PostgreSQL connections health check"));
    }

    @Test
    void servesPrometheusMetricsAndOpenApi() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/units/{unitId}"));
    }

    @Test
    void requestWithoutTokenGets401ProblemJson() {
        given().when().get("/api/v1/units/unit-1")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void requestWithForgedTokenGets401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get("/api/v1/units/unit-1")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void providerTokenIsAcceptedAndUnknownUnitIs404ProblemNamingTheField() {
        given().auth().oauth2(Tokens.provider("98000001"))
                .when().get("/api/v1/units/no-such-unit")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("field", equalTo("unitId"))
                .body("detail", containsString("no-such-unit"));
    }

    @Test
    void municipalityRoleMayNotReadUnitDetail() {
        given().auth().oauth2(Tokens.withRole("analyst-gm0153", "municipality"))
                .when().get("/api/v1/units/unit-1")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() throws Exception {
        UUID goodEventId = UUID.randomUUID();
        String poison = "{not json at all " + UUID.randomUUID();
        String good = """
                {"eventId":"%s","unitId":"unit-dlq-test","occurredAt":"2026-11-22T10:00:00+01:00",
                 "availablePlaces":1,"occupiedPlaces":4,"heldBackPlaces":0,"light":"GREEN"}"""
                .formatted(goodEventId);

        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("bed-status.v1", "unit-dlq-test", poison)).get();
            producer.send(new ProducerRecord<>("bed-status.v1", "unit-dlq-test", good)).get();
            producer.send(new ProducerRecord<>("bed-status.v1", "unit-dlq-test", good)).get();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> countStatusEvents(goodEventId) == 1);
        ConsumerRecord<String, String> deadLetter = awaitDeadLetter(poison);
        assertThat(new String(deadLetter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("Not a BedStatusReported JSON document");
        assertThat(countStatusEvents(goodEventId)).as("the same event twice is stored once").isEqualTo(1);
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String payload) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("bed-status.v1.dlq"));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (payload.equals(r.value())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    private static KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static long countStatusEvents(UUID eventId) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var query = connection.prepareStatement("SELECT count(*) FROM status_event WHERE event_id = ?")) {
            query.setObject(1, eventId);
            ResultSet result = query.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
