package nl.plekwijzer.foundation.problem;

import java.util.regex.Pattern;

/**
 * Free text people type (names): no control characters (a line break forges log lines, a NUL breaks
 * files and the database) and no formula for a spreadsheet (a text starting with =, +, - or @ is run
 * as one when someone opens an export). For Bean Validation ({@link #PATTERN}, {@link #MESSAGE}) and
 * for code that checks rows itself ({@link #isPlain}).
 */
public final class PlainText {

    public static final String PATTERN = "([^=+@\\-\\p{Cntrl}][^\\p{Cntrl}]*)?";
    public static final String MESSAGE = "must not start with =, +, - or @ nor hold control characters";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private PlainText() {
    }

    public static boolean isPlain(String text) {
        return text == null || COMPILED.matcher(text).matches();
    }
}
