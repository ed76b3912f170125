package nl.plekwijzer.foundation.problem;

/**
 * A field that breaks a rule, named as the caller sent it (e.g. {@code reports[3].occupiedPlaces}).
 * The message says what is wrong and never quotes the value: it may be a BSN or a name.
 */
public record Violation(String field, String message) {

    public Violation prefixed(String prefix) {
        return new Violation(prefix + field, message);
    }
}
