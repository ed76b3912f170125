package nl.plekwijzer.intake.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.intake.request.IntakeRules.Violation;

/** RFC 9457 problem documents with a stable type per kind of error; field errors name the field. */
public final class Problems {

    private static final String TYPES = "https://plekwijzer.nl/problems/";

    private Problems() {
    }

    public static HttpProblem notFound(String field, String detail) {
        return base(Response.Status.NOT_FOUND, "not-found", detail).with("field", field).build();
    }

    public static HttpProblem forbidden(String detail) {
        return base(Response.Status.FORBIDDEN, "forbidden", detail).build();
    }

    public static HttpProblem conflict(String type, String detail) {
        return base(Response.Status.CONFLICT, type, detail).build();
    }

    public static HttpProblem tooLarge(String field, String detail) {
        return base(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large", detail).with("field", field).build();
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

    /** 422 for a waiting list whose rows were refused: each error with its row, field and reason. */
    public static HttpProblem invalidRows(String detail, List<?> rowErrors) {
        return HttpProblem.builder()
                .withType(URI.create(TYPES + "invalid-rows"))
                .withTitle("Invalid rows")
                .withStatus(422)
                .withDetail(detail)
                .with("errors", rowErrors)
                .build();
    }

    private static HttpProblem.Builder base(Response.Status status, String type, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPES + type))
                .withTitle(status.getReasonPhrase())
                .withStatus(status)
                .withDetail(detail);
    }
}
