package nl.plekwijzer.foundation.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/**
 * RFC 9457 problem documents, one factory per kind of error, each with a stable type. Details name
 * fields and rules, never the value that was sent.
 */
public final class Problems {

    private static final String TYPES = "https://plekwijzer.nl/problems/";

    private Problems() {
    }

    public static URI type(String name) {
        return URI.create(TYPES + name);
    }

    /**
     * A name the client made up (an unknown field, a query parameter), fit to be named in a problem
     * and the log: its control characters replaced, so that it cannot forge a log line, and cut at
     * 100 characters.
     */
    public static String safeName(String name) {
        String clean = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
    }

    public static HttpProblem notFound(String field, String detail) {
        return base(Response.Status.NOT_FOUND, "not-found", detail).with("field", field).build();
    }

    public static HttpProblem forbidden(String detail) {
        return base(Response.Status.FORBIDDEN, "forbidden", detail).build();
    }

    /** 409: the request is valid but the state of the resource does not allow it; {@code type} says why. */
    public static HttpProblem conflict(String type, String detail) {
        return base(Response.Status.CONFLICT, type, detail).build();
    }

    /** 409 caused by the value of {@code field} (named, not quoted). */
    public static HttpProblem conflict(String type, String field, String detail) {
        return base(Response.Status.CONFLICT, type, detail).with("field", field).build();
    }

    /** 422 with one entry per broken rule, in the same shape as Bean Validation's violations. */
    public static HttpProblem invalid(List<Violation> violations) {
        List<Map<String, String>> entries = violations.stream()
                .map(v -> Map.of("field", v.field(), "in", "body", "message", v.message()))
                .toList();
        return HttpProblem.builder()
                .withType(type("constraint-violation"))
                .withTitle("Constraint Violation")
                .withStatus(422)
                .withDetail(violations.stream().map(v -> v.field() + ": " + v.message())
                        .reduce((a, b) -> a + "; " + b).orElse("Invalid request"))
                .with("violations", entries)
                .build();
    }

    public static HttpProblem invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    /** 422 for an uploaded list whose rows were refused: each error with its row, field and reason. */
    public static HttpProblem invalidRows(String detail, List<?> rowErrors) {
        return HttpProblem.builder()
                .withType(type("invalid-rows"))
                .withTitle("Invalid rows")
                .withStatus(422)
                .withDetail(detail)
                .with("errors", rowErrors)
                .build();
    }

    public static HttpProblem tooLarge(String field, String detail) {
        return base(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large", detail).with("field", field).build();
    }

    /** 503: something this service needs (database, broker) is away for now; nothing was changed. */
    public static HttpProblem unavailable(String detail) {
        return base(Response.Status.SERVICE_UNAVAILABLE, "unavailable", detail)
                .withHeader("Retry-After", "5").build();
    }

    public static HttpProblem.Builder base(Response.Status status, String type, String detail) {
        return HttpProblem.builder()
                .withType(type(type))
                .withTitle(status.getReasonPhrase())
                .withStatus(status)
                .withDetail(detail);
    }
}
