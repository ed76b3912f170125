package nl.plekwijzer.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/** JSON over HTTP with tokens from the stack's Keycloak, kept until shortly before they expire. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A refused call: its status and body. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(String call, int status, String body) {
            super(call + " answered " + status + ": " + body);
            this.status = status;
        }
    }

    private record Token(String value, Instant renewAfter) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloak;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Http(String keycloak) {
        this.keycloak = keycloak;
    }

    String providerToken(Region.Provider provider) {
        return token(provider.clientId(), "plekwijzer", Map.of("grant_type", "client_credentials", "client_id",
                provider.clientId(), "client_secret", provider.clientSecret()));
    }

    String userToken(String user) {
        return token(user, "plekwijzer", Map.of("grant_type", "password", "client_id", "plekwijzer-web",
                "username", user, "password", user));
    }

    /** The local Keycloak's administrator (master realm), to add the demo's provider clients. */
    String adminToken() {
        return token("kcadmin", "master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "kcadmin", "password", "kcadmin"));
    }

    JsonNode send(String method, String url, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new Refused(method + " " + url, answer.statusCode(), answer.body());
            }
            return answer.body().isBlank() ? NullNode.getInstance() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String who, String realm, Map<String, String> form) {
        Token known = tokens.get(realm + "/" + who);
        if (known != null && Instant.now().isBefore(known.renewAfter())) {
            return known.value();
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new Refused("token for " + who, answer.statusCode(), answer.body());
            }
            JsonNode token = JSON.readTree(answer.body());
            Token fresh = new Token(token.get("access_token").asText(),
                    Instant.now().plusSeconds(Math.max(10, token.path("expires_in").asLong(60) - 30)));
            tokens.put(realm + "/" + who, fresh);
            return fresh.value();
        } catch (IOException e) {
            throw new IllegalStateException("token for " + who + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
