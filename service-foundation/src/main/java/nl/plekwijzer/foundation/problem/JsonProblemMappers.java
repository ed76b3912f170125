package nl.plekwijzer.foundation.problem;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import nl.plekwijzer.foundation.json.PlausibleDates.ImplausibleDateException;
import jakarta.ws.rs.core.Response;

/**
 * Request bodies that are not JSON (a key given twice included) are 400; JSON with a field the body
 * does not have, a value of the wrong type or an unknown enum value is 422 naming the field and, for
 * an enum, the values it allows ({@link nl.plekwijzer.foundation.json.StrictJson} reads strictly). No message quotes the text
 * that was sent (the parser's own messages do, and it may be a BSN or a name).
 */
public class JsonProblemMappers {

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e) {
        return HttpProblem.builder()
                .withType(Problems.type("malformed-json"))
                .withTitle("Bad Request")
                .withStatus(Response.Status.BAD_REQUEST)
                .withDetail("The body is not valid JSON (line %d, column %d)".formatted(
                        e.getLocation().getLineNr(), e.getLocation().getColumnNr()))
                .build().toResponse();
    }

    /** Mapped by its own type too: quarkus-resteasy-problem maps exactly this type, to 400. */
    @ServerExceptionMapper(priority = 1)
    public Response wrongFormat(InvalidFormatException e) {
        return wrongValue(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownField(UnrecognizedPropertyException e) {
        return Problems.invalid(fieldPath(e.getPath()), "is not a field of this body; check its spelling").toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongValue(MismatchedInputException e) {
        String field = fieldPath(e.getPath());
        Class<?> target = e.getTargetType();
        String message;
        if (e instanceof ImplausibleDateException implausible) {
            message = implausible.rule();
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            message = "has something after its JSON document";
        } else if (e instanceof InvalidFormatException && target != null && target.isEnum()) {
            message = Params.allowedValues(target);
        } else {
            message = "has the wrong type" + (target == null ? "" : "; expected " + describe(target));
        }
        return Problems.invalid(field.isEmpty() ? "body" : field, message).toResponse();
    }

    private static String describe(Class<?> target) {
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        return target.getSimpleName();
    }

    /** {@code needs.acceptableKinds[1]} from Jackson's reference path, made safe ({@link Problems#safeName}). */
    static String fieldPath(List<JsonMappingException.Reference> path) {
        return Problems.safeName(joined(path));
    }

    private static String joined(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
