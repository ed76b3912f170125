package nl.plekwijzer.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The public APIs as their clients call them: with a token from the stack's Keycloak (a provider
 * system's client credentials, or a demo user's password through the public client plekwijzer-web).
 */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private final String token;
    /** The provider system this client is, or null for a user. */
    private final String providerId;

    private Api(String token, String providerId) {
        this.token = token;
        this.providerId = providerId;
    }

    static Api asProvider(String providerId) {
        String client = "provider-" + providerId;
        return new Api(token(Map.of("grant_type", "client_credentials", "client_id", client,
                "client_secret", client + "-secret")), providerId);
    }

    static Api asUser(String user) {
        return new Api(token(Map.of("grant_type", "password", "client_id", "plekwijzer-web", "username", user,
                "password", user)), null);
    }

    /** The bearer token, for a client that makes its own requests. */
    String bearer() {
        return token;
    }

    /** A random number that passes the BSN eleven-test, so that each run has a youth of its own. */
    static String randomBsn() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += digits[i] * (9 - i);
            }
            digits[8] = Math.floorMod(sum, 11);
            if (digits[8] < 10 && digits[0] != 0) {
                StringBuilder bsn = new StringBuilder();
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }

    /** As a provider system: registers a unit of its own, for ages from {@code ageMin} to 17, any gender. */
    void registerUnit(String unitId, String name, String kind, int places, int ageMin, String municipalityCode) {
        Map<String, Object> profile = new java.util.LinkedHashMap<>(Map.of("providerId", providerId,
                "providerName", "Aanbieder " + providerId, "name", name, "kind", kind, "places", places,
                "ageMin", ageMin, "ageMax", 17, "genders", java.util.List.of("F", "M"),
                "domains", java.util.List.of("PARENTING_SUPPORT"), "municipalityCode", municipalityCode));
        profile.put("rosterHoursPerWeek", places * 40);
        profile.put("acceptsCrisis", kind.startsWith("CRISIS"));
        call("PUT", Stack.availability() + "/api/v1/units/" + unitId, profile, 201);
    }

    /** As a provider system: reports a unit's status now. */
    void reportStatus(String unitId, int available, int occupied) {
        call("POST", Stack.availability() + "/api/v1/units/" + unitId + "/status", Map.of(
                "occurredAt", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString(),
                "availablePlaces", available, "occupiedPlaces", occupied), 202);
    }

    /** As a provider system: the id of its open proposal for this request; fails when there is none. */
    String openProposalFor(String requestId) {
        for (JsonNode view : get(Stack.matching() + "/api/v1/proposals?state=OPEN").path("proposals")) {
            if (view.path("proposal").path("requestId").asText().equals(requestId)) {
                return view.path("proposal").path("proposalId").asText();
            }
        }
        throw new AssertionError("provider " + providerId + " has no open proposal for request " + requestId);
    }

    /** The answer's body as JSON; fails unless the status is one of those expected. */
    JsonNode call(String method, String url, Object body, int... expectedStatuses) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (java.util.Arrays.stream(expectedStatuses).noneMatch(status -> status == answer.statusCode())) {
                throw new AssertionError(method + " " + url + " answered " + answer.statusCode() + ", not "
                        + java.util.Arrays.toString(expectedStatuses) + ": " + answer.body());
            }
            return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode get(String url) {
        return call("GET", url, null, 200);
    }

    private static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                    URI.create(Stack.keycloak() + "/realms/plekwijzer/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("Keycloak refused a token for " + form.get("client_id") + ": "
                        + answer.body());
            }
            return JSON.readTree(answer.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
