package nl.plekwijzer.devstack.test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What every plekwijzer service promises from its foundation, checked against the running service
 * with a real Kafka, PostgreSQL and signed tokens. A service's {@code FoundationIT} extends this.
 */
public abstract class ServiceFoundationContract {

    /** A GET path that needs a token and answers 2xx for {@link #allowedToken()}, on an empty database too. */
    protected abstract String protectedPath();

    /** A token whose role may call {@link #protectedPath()}. */
    protected abstract String allowedToken();

    /** An incoming topic of this service, whose unreadable messages must reach {@code <topic>.dlq}. */
    protected abstract String incomingTopic();

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
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/"));
    }

    @Test
    void requestWithoutTokenGets401ProblemJson() {
        given().when().get(protectedPath())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void anIdTokenOrAGarbageBearerIsNotAnAccessTokenAndGets401() {
        given().auth().oauth2(Tokens.idToken("coordinator", "coordinator"))
                .when().get(protectedPath())
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("not-a-token-at-all")
                .when().get(protectedPath())
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anAccessTokenForAnotherClientOfTheRealmGets401() {
        given().auth().oauth2(Tokens.forAnotherClient("admin", "admin"))
                .when().get(protectedPath())
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void requestsRefusedBeforeAnyEndpointAreProblemDocumentsThatQuoteNothing() throws Exception {
        String separator = protectedPath().contains("?") ? "&" : "?";
        given().when().get(protectedPath() + separator + "q=" + "a".repeat(9_000))
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("https://plekwijzer.nl/problems/uri-too-long"));
        given().urlEncodingEnabled(false).auth().oauth2(allowedToken())
                .when().get("/api/v1/units/unit%00one")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://plekwijzer.nl/problems/control-character"))
                .body("field", equalTo("path"));
        given().urlEncodingEnabled(false).auth().oauth2(allowedToken())
                .when().get(protectedPath() + separator + "municipality=GM0153%0D%0AINFO%20forged")
                .then().statusCode(400)
                .body("field", equalTo("municipality"))
                .body("detail", not(containsString("forged")));

        String answer = rawRequest("POST " + protectedPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("https://plekwijzer.nl/problems/too-large");
    }

    /** Sends a request as it is written and returns the answer's head and first bytes of body. */
    private static String rawRequest(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] buffer = new byte[4096];
            StringBuilder answer = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            int read;
            while (!answer.toString().contains("}") && (read = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.UTF_8));
            }
            return answer.toString();
        }
    }

    /** A GET path that only some roles may call; {@link #protectedPath()} unless every signed-in caller may. */
    protected String pathForSomeRolesOnly() {
        return protectedPath();
    }

    @Test
    void aRoleThatMayNotCallGets403ProblemWithTypeAndDetail() {
        given().auth().oauth2(Tokens.withRole("nobody", "nobody"))
                .when().get(pathForSomeRolesOnly())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", containsString("forbidden"))
                .body("detail", containsString("role"));
    }

    @Test
    void requestWithForgedTokenGets401ProblemJson() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get(protectedPath())
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenOfAnAllowedRoleIsAccepted() {
        int status = given().auth().oauth2(allowedToken()).when().get(protectedPath()).then().extract().statusCode();
        // Not just "not 401/403": a 500 or a 404 must not pass as accepted.
        assertThat(status).as("allowed role").isBetween(200, 299);
    }

    /** Asserts that a token of a role that may not call {@code path} gets 403 problem+json. */
    protected static void assertForbidden(String token, String path) {
        given().auth().oauth2(token)
                .when().get(path)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void messageThatIsNotJsonGoesToTheDeadLetterTopicWithItsReason() {
        String poison = "{not json " + UUID.randomUUID();
        KafkaTestClient.send(incomingTopic(), "poison", poison);

        ConsumerRecord<String, String> deadLetter = KafkaTestClient.awaitRecord(incomingTopic() + ".dlq",
                r -> poison.equals(r.value()), Duration.ofSeconds(30));
        assertThat(KafkaTestClient.header(deadLetter, "dead-letter-reason")).contains("Not a JSON document");
    }

    @Test
    void messageOfTheWrongShapeGoesToTheDeadLetterTopicWithItsReason() {
        String wrongShape = "{\"unexpected\":\"" + UUID.randomUUID() + "\"}";
        KafkaTestClient.send(incomingTopic(), "wrong-shape", wrongShape);

        ConsumerRecord<String, String> deadLetter = KafkaTestClient.awaitRecord(incomingTopic() + ".dlq",
                r -> wrongShape.equals(r.value()), Duration.ofSeconds(30));
        assertThat(KafkaTestClient.header(deadLetter, "dead-letter-reason")).contains("Does not match schema");
    }
}
