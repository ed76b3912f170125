package nl.plekwijzer.notification.inbox.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.notification.inbox.Notification;
import nl.plekwijzer.notification.notice.NotificationKind;

/** A notification as its reader sees it; {@code read} for this reader. */
public record NotificationResponse(UUID notificationId, NotificationKind kind, String subjectRef, String message,
        String link, OffsetDateTime createdAt, boolean read) {

    static NotificationResponse of(Notification notification, boolean read) {
        return new NotificationResponse(notification.notificationId(), notification.kind(), notification.subjectRef(),
                notification.message(), notification.link(), notification.createdAt(), read);
    }
}
