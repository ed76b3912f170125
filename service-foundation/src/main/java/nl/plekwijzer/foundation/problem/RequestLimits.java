package nl.plekwijzer.foundation.problem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Requests refused before they reach any endpoint, answered like every other 4xx with a problem
 * document: a URI longer than {@value #MAX_URI_LENGTH} characters (414), a body announced larger
 * than the service takes (413), and a path or query parameter with a control character in it (400;
 * a NUL in a unit id reached the database as a 500 before). The HTTP server itself lets URIs up to
 * 64 KiB through to here ({@code quarkus.http.limits.max-initial-line-length}).
 */
@ApplicationScoped
public class RequestLimits {

    static final int MAX_URI_LENGTH = 8_192;
    private static final Pattern CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])|[\\x00-\\x1F\\x7F]");

    /** Why a request is refused. */
    public record Refusal(int status, String type, String title, String detail, String field) {
    }

    private final long maxBodyBytes;
    private final ObjectMapper json;

    public RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody, ObjectMapper json) {
        this.maxBodyBytes = maxBody.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        Refusal refusal = refusalOf(context.request().uri(), context.request().getHeader("Content-Length"), maxBodyBytes);
        if (refusal == null) {
            context.next();
            return;
        }
        answer(context, json, refusal, Map.of());
    }

    /**
     * Answers a request with a problem document before it reaches any endpoint (from a route
     * handler, where the JAX-RS problem mappers do not apply).
     */
    public static void answer(RoutingContext context, ObjectMapper json, Refusal refusal, Map<String, String> headers) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.type(refusal.type()).toString());
        problem.put("title", refusal.title());
        problem.put("status", refusal.status());
        problem.put("detail", refusal.detail());
        if (refusal.field() != null) {
            problem.put("field", refusal.field());
        }
        try {
            context.response().setStatusCode(refusal.status()).putHeader("Content-Type", "application/problem+json");
            headers.forEach(context.response()::putHeader);
            context.response().end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    /** @return null when the request may go on */
    static Refusal refusalOf(String uri, String contentLength, long maxBodyBytes) {
        if (uri.length() > MAX_URI_LENGTH) {
            return new Refusal(414, "uri-too-long", "URI Too Long",
                    "The request URI is longer than " + MAX_URI_LENGTH + " characters", null);
        }
        if (contentLength != null && announcedBytes(contentLength) > maxBodyBytes) {
            return new Refusal(413, "too-large", "Request Entity Too Large",
                    "The body is larger than " + maxBodyBytes + " bytes", "body");
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (CONTROL.matcher(path).find()) {
            return controlCharacterIn("path", "The path");
        }
        if (query >= 0) {
            for (String pair : uri.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                if (CONTROL.matcher(name).find()) {
                    return controlCharacterIn("query", "A query parameter's name");
                }
                if (equals >= 0 && CONTROL.matcher(pair.substring(equals + 1)).find()) {
                    String field = Problems.safeName(decoded(name));
                    return controlCharacterIn(field, "Query parameter " + field);
                }
            }
        }
        return null;
    }

    private static Refusal controlCharacterIn(String field, String what) {
        return new Refusal(400, "control-character", "Bad Request", what + " holds a control character", field);
    }

    private static long announcedBytes(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1; // the HTTP server refuses a Content-Length that is not a number itself
        }
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
