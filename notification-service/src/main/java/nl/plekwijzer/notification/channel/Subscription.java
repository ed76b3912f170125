package nl.plekwijzer.notification.channel;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.plekwijzer.notification.notice.NotificationKind;

/**
 * Someone's wish to receive some kinds of their notifications by e-mail or webhook.
 *
 * @param owner      the token subject that made it (a person or a provider system)
 * @param recipients the owner's recipient keys when it was made: what reaches their inbox reaches this channel
 * @param secret     a webhook's signing secret (shown once, when made); null for e-mail
 */
public record Subscription(UUID subscriptionId, String owner, List<String> recipients, Channel channel, String target,
        Set<NotificationKind> kinds, String secret, OffsetDateTime createdAt) {
}
