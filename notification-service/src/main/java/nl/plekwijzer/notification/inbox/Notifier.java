package nl.plekwijzer.notification.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.notification.channel.repository.DeliveryRepository;
import nl.plekwijzer.notification.config.NotificationConfig;
import nl.plekwijzer.notification.inbox.repository.NotificationRepository;
import nl.plekwijzer.notification.notice.Notice;
import nl.plekwijzer.notification.notice.NotificationRules;

/**
 * The one way notices are stored: in the transaction of what caused them, each occasion once per
 * recipient, queued for the subscribed channels, and, once committed, announced to the live inboxes.
 */
@ApplicationScoped
public class Notifier {

    private final Pool pool;
    private final NotificationRepository notifications;
    private final NotificationStream stream;
    private final DeliveryRepository deliveries;
    private final Clock clock;
    private final Duration maxNoticeAge;

    public Notifier(Pool pool, NotificationRepository notifications, NotificationStream stream,
            DeliveryRepository deliveries, Clock clock, NotificationConfig config) {
        this.pool = pool;
        this.notifications = notifications;
        this.stream = stream;
        this.deliveries = deliveries;
        this.clock = clock;
        this.maxNoticeAge = config.maxNoticeAge();
    }

    /** Whether something that happened at {@code occurredAt} is recent enough to notify of (not history). */
    public boolean recent(OffsetDateTime occurredAt) {
        return NotificationRules.recent(occurredAt, OffsetDateTime.now(clock), maxNoticeAge);
    }

    /**
     * Runs {@code work} in a transaction and stores the notices it returns in the same one, with a
     * delivery for every subscription that wants them; returns the notifications stored (those not
     * stored before).
     */
    public Uni<List<Notification>> inTransaction(Function<SqlConnection, Uni<List<Notice>>> work) {
        return pool.withTransaction(tx -> work.apply(tx).flatMap(notices -> {
            OffsetDateTime now = StoredTime.now(clock);
            return notifications.add(tx, notices, now).call(stored -> deliveries.enqueue(tx, stored, now));
        })).invoke(stream::published);
    }
}
