package nl.plekwijzer.foundation.problem;

import java.util.Arrays;

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
            throw Problems.invalid(parameter, allowedValues(type));
        }
    }

    /** The message for a value outside an enum; the value itself is not repeated. */
    public static String allowedValues(Class<?> enumType) {
        return "is not one of the allowed values " + Arrays.toString(enumType.getEnumConstants());
    }
}
