package nl.plekwijzer.matching.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.matching.problem.Violation;

/** RFC 9457 problem documents with a stable type per kind of error; field errors name the field. */
public final class Problems {

    private static final String TYPES = "https://plekwijzer.nl/problems/";

    private Problems() {
    }

    public static HttpProblem notFound(String field, String detail) {
        return base(Response.Status.NOT_FOUND, "not-found", "Not found", detail).with("field", field).build();
    }

    public static HttpProblem conflict(String field, String detail) {
        return base(Response.Status.CONFLICT, "conflict", "Conflict", detail).with("field", field).build();
    }

    public static HttpProblem forbidden(String detail) {
        return base(Response.Status.FORBIDDEN, "forbidden", "Forbidden", detail).build();
    }

    /** 422 with one entry per broken rule, in the same shape as Bean Validation's violations. */
    public static HttpProblem invalid(List<Violation> violations) {
        List<Map<String, String>> entries = violations.stream()
                .map(v -> Map.of("field", v.field(), "in", "body", "message", v.message()))
                .toList();
        return HttpProblem.builder()
                .withType(URI.create(TYPES + "constraint-violation"))
                .withTitle("Constraint Violation")
                .withStatus(422)
                .withDetail(violations.stream().map(v -> v.field() + ": " + v.message())
                        .reduce((a, b) -> a + "; " + b).orElse("Invalid request"))
                .with("violations", entries)
                .build();
    }

    private static HttpProblem.Builder base(Response.Status status, String type, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPES + type))
                .withTitle(title)
                .withStatus(status)
                .withDetail(detail);
    }
}
