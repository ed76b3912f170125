package nl.plekwijzer.availability;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sets of codes as they are stored in one column: sorted and comma-separated, empty for none. */
public final class CodeLists {

    private CodeLists() {
    }

    public static String join(Set<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    public static <T> Set<T> split(String joined, Function<String, T> parse) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toUnmodifiableSet());
    }
}
