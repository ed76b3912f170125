package nl.plekwijzer.notification.channel;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.notification.inbox.Notification;

/**
 * One notification on its way to one subscription's channel. The delivery log keeps one per
 * occasion (dedupe key) and subscription, so a channel never gets the same occasion twice from us;
 * {@code deliveryId} travels along (webhook header) for a receiver that sees a retry.
 */
public record Delivery(UUID deliveryId, Notification notification, Subscription subscription, State state,
        int attempts, OffsetDateTime nextAttemptAt, String lastError) {

    public enum State {
        PENDING, DELIVERED, DEAD
    }
}
