package nl.plekwijzer.matching.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How long a proposal takes to hold its place everywhere, and an acceptance to reach every view,
 * on a running {@code ./run-local.sh} (a {@code main}, not a test). Per round: a referrer submits an
 * intake form; once matching suggests the benchmark unit, the coordinator proposes it and the
 * provider accepts. Measured from the moment each POST is sent:
 * <ul>
 * <li>propose → 201 (matching has taken the hold off the unit by then: the refresh completes
 * before the answer); propose → availability-service shows the hold ({@code heldForProposals});</li>
 * <li>accept → 200 (placement made, matching updated); accept → intake-service shows the request
 * PLACED.</li>
 * </ul>
 * availability-service shows no change at acceptance: the hold becomes the placement, one place
 * taken either way.
 * Views are polled every 5 ms.
 */
public final class ProposalLatency {

    private static final String AVAILABILITY = "http://127.0.0.1:8081";
    private static final String INTAKE = "http://127.0.0.1:8082";
    private static final String MATCHING = "http://127.0.0.1:8083";
    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/plekwijzer/protocol/openid-connect/token";
    private static final String PROVIDER = "98000001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String provider;
    private final String referrer;
    private final String coordinator;
    private final Random random = new Random();

    private final List<Double> proposeAnswered = new ArrayList<>();
    private final List<Double> holdInAvailability = new ArrayList<>();
    private final List<Double> acceptAnswered = new ArrayList<>();
    private final List<Double> placedInIntake = new ArrayList<>();

    private ProposalLatency() throws Exception {
        provider = token("grant_type=client_credentials&client_id=provider-" + PROVIDER + "&client_secret=provider-"
                + PROVIDER + "-secret");
        referrer = token("grant_type=password&client_id=plekwijzer-web&username=referrer&password=referrer");
        coordinator = token("grant_type=password&client_id=plekwijzer-web&username=coordinator&password=coordinator");
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ProposalLatency bench = new ProposalLatency();
        String unit = bench.registerUnit(rounds);
        for (int round = 0; round < rounds + 3; round++) {
            bench.round(unit, round >= 3); // three rounds to warm up
        }
        report("propose → 201 (matching holds the place)", bench.proposeAnswered);
        report("propose → hold visible in availability-service", bench.holdInAvailability);
        report("accept → 200 (placement made, matching updated)", bench.acceptAnswered);
        report("accept → request PLACED in intake-service", bench.placedInIntake);
    }

    private String registerUnit(int rounds) throws Exception {
        String unitId = "bench-proposals-" + UUID.randomUUID().toString().substring(0, 8);
        int places = rounds + 10;
        send(AVAILABILITY + "/api/v1/units/" + unitId, provider, "PUT", """
                {"providerId":"%s","providerName":"Benchmark","name":"Gezinshuis Benchmark","kind":"FAMILY_HOME",
                 "places":%d,"ageMin":4,"ageMax":17,"genders":["F","M"],"domains":["PARENTING_SUPPORT"],
                 "municipalityCode":"GM0392","confirmationIntervalHours":24}""".formatted(PROVIDER, places), 201);
        send(AVAILABILITY + "/api/v1/units/" + unitId + "/status", provider, "POST", """
                {"occurredAt":"%s","availablePlaces":%d,"occupiedPlaces":0}"""
                .formatted(OffsetDateTime.now(ZoneOffset.UTC), places), 202);
        return unitId;
    }

    private void round(String unit, boolean measured) throws Exception {
        String requestId = send(INTAKE + "/api/v1/placement-requests", referrer, "POST", form(), 201)
                .get("requestId").asText();
        poll(MATCHING + "/api/v1/placement-requests/" + requestId + "/suggestions?limit=25", coordinator,
                body -> body.path("suggestions").findValuesAsText("unitId").contains(unit));
        int heldBefore = availability(unit).get("heldForProposals").asInt();

        long proposed = System.nanoTime();
        JsonNode proposal = send(MATCHING + "/api/v1/placement-requests/" + requestId + "/proposals", coordinator,
                "POST", "{\"unitIds\":[\"" + unit + "\"]}", 201);
        double proposeMs = sinceMs(proposed);
        pollAvailability(unit, item -> item.get("heldForProposals").asInt() == heldBefore + 1);
        double holdMs = sinceMs(proposed);

        String proposalId = proposal.get("proposals").get(0).get("proposalId").asText();
        long accepted = System.nanoTime();
        send(MATCHING + "/api/v1/proposals/" + proposalId + "/accept", provider, "POST", "", 200);
        double acceptMs = sinceMs(accepted);
        poll(INTAKE + "/api/v1/placement-requests/" + requestId, referrer,
                body -> "PLACED".equals(body.path("status").asText()));
        double intakeMs = sinceMs(accepted);
        if (measured) {
            proposeAnswered.add(proposeMs);
            holdInAvailability.add(holdMs);
            acceptAnswered.add(acceptMs);
            placedInIntake.add(intakeMs);
        }
    }

    private JsonNode availability(String unit) throws Exception {
        JsonNode items = get(AVAILABILITY + "/api/v1/availability?unitId=" + URLEncoder.encode(unit,
                StandardCharsets.UTF_8), provider);
        return (items.isArray() ? items : items.path("items")).get(0);
    }

    private void pollAvailability(String unit, Predicate<JsonNode> done) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            if (done.test(availability(unit))) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("availability-service did not show it within 30 s");
    }

    private void poll(String url, String token, Predicate<JsonNode> done) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && done.test(JSON.readTree(response.body()))) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(url + " did not show it within 30 s");
    }

    private JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private JsonNode send(String url, String token, String method, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private String token(String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private String form() {
        return """
                {"youth": {"bsn": "%s", "givenName": "Sanne", "familyName": "Bench%d", "birthDate": "%s",
                           "gender": "F", "postcode": "2032AB", "municipalityCode": "GM0392"},
                 "responsibleMunicipalityCode": "GM0392",
                 "referrer": {"type": "WIJKTEAM", "organisation": "Wijkteam", "name": "Bench", "email": "b@example.org"},
                 "needs": {"domains": ["PARENTING_SUPPORT"], "acceptableKinds": ["FAMILY_HOME"],
                           "specialties": [], "urgency": "URGENT", "neededFrom": "%s", "confidential": false},
                 "perspective": {"goal": "Home", "intendedDestination": "HOME"},
                 "decision": {"reference": "BENCH", "validUntil": "%s"},
                 "consent": true}
                """.formatted(bsn(), random.nextInt(1_000_000), LocalDate.now().minusYears(12),
                LocalDate.now(), LocalDate.now().plusMonths(6));
    }

    /** A number that passes the BSN eleven test. */
    private String bsn() {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += digits[i] * (9 - i);
            }
            for (int last = 0; last < 10; last++) {
                if ((sum - last) % 11 == 0 && digits[0] != 0) {
                    StringBuilder bsn = new StringBuilder();
                    for (int i = 0; i < 8; i++) {
                        bsn.append(digits[i]);
                    }
                    return bsn.append(last).toString();
                }
            }
        }
    }

    private static double sinceMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-55s n=%d p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", what, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
