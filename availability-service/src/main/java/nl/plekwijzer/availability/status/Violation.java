package nl.plekwijzer.availability.status;

/** A field that breaks a rule, named as the caller sent it (e.g. {@code reports[3].occupiedPlaces}). */
public record Violation(String field, String message) {

    public Violation prefixed(String prefix) {
        return new Violation(prefix + field, message);
    }
}
