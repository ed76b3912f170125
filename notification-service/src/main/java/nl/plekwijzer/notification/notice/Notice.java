package nl.plekwijzer.notification.notice;

/**
 * A notification to be stored for one recipient key ({@code Recipients}). {@code dedupeKey} makes
 * it once: the same occasion for the same recipient is stored and delivered only once, however
 * often the event that caused it is read. The message never names a youth: ids, codes and dates only.
 *
 * @param link a path in the web front, e.g. /coordinator/requests/{id}
 */
public record Notice(NotificationKind kind, String recipient, String subjectRef, String message, String link,
        String dedupeKey) {
}
