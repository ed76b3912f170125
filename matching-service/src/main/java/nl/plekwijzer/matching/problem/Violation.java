package nl.plekwijzer.matching.problem;

/** A broken rule of a request, naming the field or parameter. */
public record Violation(String field, String message) {
}
