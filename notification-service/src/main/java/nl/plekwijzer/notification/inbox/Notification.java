package nl.plekwijzer.notification.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.notification.notice.NotificationKind;

/** One stored notification for one recipient key ({@link Recipients}). Never carries a youth's personal data. */
public record Notification(UUID notificationId, String recipient, NotificationKind kind, String subjectRef,
        String message, String link, OffsetDateTime createdAt) {
}
