package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

/**
 * More status batches at once than the service takes in: the surplus is refused at once with 429
 * and Retry-After, everything accepted is applied once, and afterwards the endpoint accepts again
 * (an overload once left the batch endpoint refusing everything behind a green health check).
 */
@QuarkusTest
@TestProfile(OverloadIT.TwoRequestsAtATime.class)
class OverloadIT {

    private static final int CONCURRENT_BATCHES = 40;
    private static final int REPORTS_PER_BATCH = 100;

    public static class TwoRequestsAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("plekwijzer.availability.max-requests-in-flight", "2");
        }
    }

    @Test
    void theSurplusIsRefusedWith429AndEverythingAcceptedIsAppliedOnce() throws Exception {
        List<String> units = IntStream.range(0, 5).mapToObj(i -> Fixtures.registeredUnit()).toList();
        String token = Tokens.provider(Fixtures.PROVIDER_A);
        List<String> batches = IntStream.range(0, CONCURRENT_BATCHES).mapToObj(b -> batch(units, b)).toList();

        List<Response> answers = sendAllAtOnce(token, batches);

        List<Response> accepted = answers.stream().filter(r -> r.statusCode() == 202).toList();
        List<Response> refused = answers.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(accepted.size() + refused.size()).as("every answer is 202 or 429").isEqualTo(CONCURRENT_BATCHES);
        assertThat(accepted).isNotEmpty();
        assertThat(refused).isNotEmpty().allSatisfy(r -> {
            assertThat(r.header("Retry-After")).isEqualTo("1");
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("type")).isEqualTo("https://plekwijzer.nl/problems/busy");
        });
        long acceptedReports = (long) accepted.size() * REPORTS_PER_BATCH;
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedFor(units) == acceptedReports);

        // After the storm a batch is accepted and applied, and readiness never went DOWN for it.
        given().auth().oauth2(token).contentType(ContentType.JSON).body(batch(units, CONCURRENT_BATCHES))
                .when().post("/api/v1/status-reports").then().statusCode(202);
        await().atMost(Duration.ofSeconds(15)).until(() -> appliedFor(units) == acceptedReports + REPORTS_PER_BATCH);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static List<Response> sendAllAtOnce(String token, List<String> batches) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(batches.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> pending = new ArrayList<>();
            for (String batch : batches) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(batch)
                            .when().post("/api/v1/status-reports").andReturn();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long appliedFor(List<String> units) {
        return Sql.count("SELECT count(*) FROM status_event WHERE unit_id = ANY(?)", (Object) units.toArray(new String[0]));
    }

    /** Reports spread over the units, each with its own eventId and a distinct moment. */
    private static String batch(List<String> units, int number) {
        OffsetDateTime base = OffsetDateTime.now().minusHours(2);
        return IntStream.range(0, REPORTS_PER_BATCH).mapToObj(i -> """
                {"unitId":"%s","eventId":"%s","occurredAt":"%s","availablePlaces":%d,"occupiedPlaces":2}"""
                .formatted(units.get(i % units.size()), UUID.randomUUID(),
                        base.plusSeconds(number * REPORTS_PER_BATCH + i), i % 4))
                .collect(Collectors.joining(",", "{\"reports\":[", "]}"));
    }
}
