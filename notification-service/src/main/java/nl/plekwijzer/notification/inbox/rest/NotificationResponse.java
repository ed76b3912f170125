package nl.plekwijzer.notification.inbox.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.notification.inbox.Notification;

public record NotificationResponse(UUID notificationId, String kind, String subjectRef, String message,
        OffsetDateTime createdAt) {

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.notificationId, notification.kind, notification.subjectRef,
                notification.message, notification.createdAt);
    }
}
