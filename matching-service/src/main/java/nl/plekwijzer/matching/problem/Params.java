package nl.plekwijzer.matching.problem;

import java.util.Arrays;
import java.util.List;

/** Query parameters parsed so that a wrong value is a 422 that names the parameter and what it allows. */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String value, Class<E> type, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(List.of(new Violation(parameter, "'%s' is not one of the allowed values %s"
                    .formatted(value, Arrays.toString(type.getEnumConstants())))));
        }
    }
}
