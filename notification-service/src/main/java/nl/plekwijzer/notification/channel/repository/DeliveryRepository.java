package nl.plekwijzer.notification.channel.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.notification.channel.Channel;
import nl.plekwijzer.notification.channel.Delivery;
import nl.plekwijzer.notification.channel.Subscription;
import nl.plekwijzer.notification.inbox.Notification;
import nl.plekwijzer.notification.notice.NotificationKind;

/** The delivery log: what goes to which subscription, its attempts, and the dead letters. */
@ApplicationScoped
public class DeliveryRepository {

    private static final String SELECT = "SELECT d.delivery_id, d.state, d.attempts, d.next_attempt_at, d.last_error,"
            + " n.notification_id, n.recipient, n.kind, n.subject_ref, n.message, n.link, n.created_at,"
            + " s.subscription_id, s.owner, s.recipients, s.channel, s.target, s.kinds, s.secret,"
            + " s.created_at AS subscribed_at FROM delivery d JOIN notification n ON n.notification_id = d.notification_id"
            + " JOIN subscription s ON s.subscription_id = d.subscription_id";

    private final Pool pool;

    public DeliveryRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * In the transaction that stored them: one delivery per stored notification and subscription
     * whose owner receives it and wants its kind, and never a second for the same occasion.
     */
    public Uni<Integer> enqueue(SqlClient tx, List<Notification> stored, OffsetDateTime at) {
        if (stored.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return tx.preparedQuery("INSERT INTO delivery (delivery_id, dedupe_key, subscription_id, notification_id, state,"
                + " attempts, next_attempt_at) SELECT gen_random_uuid(), n.dedupe_key, s.subscription_id,"
                + " n.notification_id, 'PENDING', 0, $2 FROM notification n JOIN subscription s"
                + " ON n.recipient = ANY(s.recipients) AND n.kind = ANY(s.kinds) WHERE n.notification_id = ANY($1)"
                + " ON CONFLICT (dedupe_key, subscription_id) DO NOTHING")
                .execute(Tuple.of(stored.stream().map(Notification::notificationId).toArray(UUID[]::new), at))
                .map(RowSet::rowCount);
    }

    /**
     * Takes up to {@code limit} due deliveries for this sender: they are not due again before
     * {@code leaseUntil}, so a sender that dies mid-way leaves them to be tried again then. Each comes
     * back with {@code nextAttemptAt} = {@code leaseUntil}: the claim its outcome is recorded against.
     */
    public Uni<List<Delivery>> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        return pool.withTransaction(tx -> tx.preparedQuery("WITH due AS (SELECT delivery_id FROM delivery"
                + " WHERE state = 'PENDING' AND next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT $3"
                + " FOR UPDATE SKIP LOCKED) UPDATE delivery d SET next_attempt_at = $2 FROM due"
                + " WHERE d.delivery_id = due.delivery_id RETURNING d.delivery_id")
                .execute(Tuple.of(now, leaseUntil, limit))
                .flatMap(claimed -> {
                    List<UUID> ids = new ArrayList<>();
                    claimed.forEach(row -> ids.add(row.getUUID("delivery_id")));
                    return ids.isEmpty() ? Uni.createFrom().item(List.<Delivery> of())
                            : tx.preparedQuery(SELECT + " WHERE d.delivery_id = ANY($1)")
                                    .execute(Tuple.of(ids.toArray(new UUID[0]))).map(DeliveryRepository::all);
                }));
    }

    /**
     * Records a delivery sent, if this sender's claim still holds ({@code claimedUntil}, the lease it
     * took): a sender that ran past its lease records nothing over a newer claim.
     */
    public Uni<Void> delivered(Delivery delivery, int attempts, OffsetDateTime at) {
        return pool.preparedQuery("UPDATE delivery SET state = 'DELIVERED', attempts = $2, delivered_at = $3,"
                + " last_error = NULL WHERE delivery_id = $1 AND state = 'PENDING' AND next_attempt_at = $4")
                .execute(Tuple.of(delivery.deliveryId(), attempts, at, delivery.nextAttemptAt())).replaceWithVoid();
    }

    /**
     * A failed attempt, if this sender's claim still holds: tried again at {@code nextAttemptAt}, or
     * kept as a dead letter when {@code dead}.
     */
    public Uni<Void> failed(Delivery delivery, int attempts, String error, OffsetDateTime nextAttemptAt, boolean dead) {
        return pool.preparedQuery("UPDATE delivery SET state = $2, attempts = $3, last_error = $4, next_attempt_at = $5"
                + " WHERE delivery_id = $1 AND state = 'PENDING' AND next_attempt_at = $6")
                .execute(Tuple.from(new Object[] { delivery.deliveryId(), dead ? "DEAD" : "PENDING", attempts, error,
                        nextAttemptAt, delivery.nextAttemptAt() }))
                .replaceWithVoid();
    }

    /** The dead letters, newest first. */
    public Uni<List<Delivery>> dead(int limit) {
        return pool.preparedQuery(SELECT + " WHERE d.state = 'DEAD' ORDER BY d.next_attempt_at DESC LIMIT $1")
                .execute(Tuple.of(limit)).map(DeliveryRepository::all);
    }

    /** A dead letter goes out again, with fresh attempts; false when there is no such dead letter. */
    public Uni<Boolean> replay(UUID deliveryId, OffsetDateTime at) {
        return pool.preparedQuery("UPDATE delivery SET state = 'PENDING', attempts = 0, next_attempt_at = $2"
                + " WHERE delivery_id = $1 AND state = 'DEAD'").execute(Tuple.of(deliveryId, at))
                .map(rows -> rows.rowCount() > 0);
    }

    private static List<Delivery> all(RowSet<Row> rows) {
        List<Delivery> found = new ArrayList<>();
        rows.forEach(row -> found.add(new Delivery(row.getUUID("delivery_id"),
                new Notification(row.getUUID("notification_id"), row.getString("recipient"),
                        NotificationKind.valueOf(row.getString("kind")), row.getString("subject_ref"),
                        row.getString("message"), row.getString("link"), row.getOffsetDateTime("created_at")),
                new Subscription(row.getUUID("subscription_id"),
                        row.getString("owner"), List.of(row.getArrayOfStrings("recipients")),
                        Channel.valueOf(row.getString("channel")),
                        row.getString("target"), SubscriptionRepository.kinds(row.getArrayOfStrings("kinds")),
                        row.getString("secret"), row.getOffsetDateTime("subscribed_at")),
                Delivery.State.valueOf(row.getString("state")), row.getInteger("attempts"),
                row.getOffsetDateTime("next_attempt_at"), row.getString("last_error"))));
        return found;
    }
}
