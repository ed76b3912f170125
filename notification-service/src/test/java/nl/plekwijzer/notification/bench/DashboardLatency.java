package nl.plekwijzer.notification.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * On a running {@code ./run-local.sh} (a {@code main}, not a test): how long a provider's status
 * report takes to change an analyst's live dashboard (POST to the SSE event that shows it), and how
 * long the region's monthly report takes to build as CSV and as PDF.
 */
public final class DashboardLatency {

    private static final String AVAILABILITY = "http://127.0.0.1:8081";
    private static final String NOTIFICATION = "http://127.0.0.1:8084";
    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/plekwijzer/protocol/openid-connect/token";
    private static final String MUNICIPALITY = "GM0153";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        new DashboardLatency().run(rounds);
    }

    private void run(int rounds) throws Exception {
        String provider = token("grant_type=client_credentials&client_id=provider-98000001"
                + "&client_secret=provider-98000001-secret");
        String analyst = token("grant_type=password&client_id=plekwijzer-web&username=analyst-gm0153"
                + "&password=analyst-gm0153");
        String coordinator = token("grant_type=password&client_id=plekwijzer-web&username=coordinator"
                + "&password=coordinator");
        String unit = "bench-dashboard-" + UUID.randomUUID().toString().substring(0, 8);
        send(AVAILABILITY + "/api/v1/units/" + unit, provider, "PUT", """
                {"providerId":"98000001","providerName":"Benchmark","name":"Respijt Benchmark","kind":"RESPITE",
                 "places":50,"ageMin":4,"ageMax":17,"genders":["F","M"],"domains":["PARENTING_SUPPORT"],
                 "municipalityCode":"%s","confirmationIntervalHours":24}""".formatted(MUNICIPALITY), 201);
        report(provider, unit, 0);

        LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = http.sendAsync(HttpRequest.newBuilder(URI.create(NOTIFICATION
                + "/api/v1/dashboard/stream")).header("Authorization", "Bearer " + analyst)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        Thread reader = new Thread(() -> stream.body().filter(line -> line.startsWith("data:")).forEach(line -> {
            try {
                events.add(JSON.readTree(line.substring(5)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(3000);
        events.clear();
        // Other units of this kind in the municipality (from earlier runs) add to the figure: our unit is at 0 now.
        HttpResponse<String> before = http.send(HttpRequest.newBuilder(URI.create(NOTIFICATION
                + "/api/v1/dashboard/snapshot")).header("Authorization", "Bearer " + analyst).build(),
                HttpResponse.BodyHandlers.ofString());
        long others = JSON.readTree(before.body()).path("figures").path("availablePlaces.RESPITE").asLong();

        List<Double> latencies = new ArrayList<>();
        for (int round = 1; round <= rounds + 3; round++) {
            int available = round % 2 == 0 ? 10 : 20;
            events.clear();
            long sent = System.nanoTime();
            report(provider, unit, available);
            while (true) {
                JsonNode event = events.poll(30, TimeUnit.SECONDS);
                if (event == null) {
                    throw new IllegalStateException("The dashboard did not show " + available + " within 30 s (round "
                            + round + ")");
                }
                if (event.path("figures").path("availablePlaces.RESPITE").asLong(-1) == others + available) {
                    break;
                }
            }
            if (round > 3) {
                latencies.add((System.nanoTime() - sent) / 1e6);
            }
        }
        report("status report → analyst's live dashboard (SSE)", latencies);

        String month = YearMonth.now().toString();
        for (String accept : List.of("text/csv", "application/pdf")) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(NOTIFICATION
                        + "/api/v1/reports/monthly?month=" + month)).header("Authorization", "Bearer " + coordinator)
                        .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("report " + accept + ": " + response.statusCode());
                }
                if (i >= 3) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
            report("the region's monthly report as " + accept, times);
        }
    }

    private void report(String provider, String unit, int available) throws Exception {
        send(AVAILABILITY + "/api/v1/units/" + unit + "/status", provider, "POST", """
                {"occurredAt":"%s","availablePlaces":%d,"occupiedPlaces":%d}"""
                .formatted(OffsetDateTime.now(ZoneOffset.UTC), available, 50 - available), 202);
    }

    private void send(String url, String token, String method, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
    }

    private String token(String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-50s n=%d p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", what, sorted.size(),
                sorted.get((int) Math.ceil(0.5 * sorted.size()) - 1), sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1),
                sorted.get(sorted.size() - 1));
    }
}
