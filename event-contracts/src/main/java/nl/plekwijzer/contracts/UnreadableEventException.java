package nl.plekwijzer.contracts;

/**
 * A message that can never be applied, however often it is retried: not JSON, or JSON that its
 * schema refuses. Consumers let it fail so that the connector moves it to the dead-letter topic.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String reason) {
        super(reason);
    }

    public UnreadableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
