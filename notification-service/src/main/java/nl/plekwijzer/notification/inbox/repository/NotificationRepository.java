package nl.plekwijzer.notification.inbox.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.notification.inbox.Notification;
import nl.plekwijzer.notification.notice.Notice;
import nl.plekwijzer.notification.notice.NotificationKind;

/** The stored notifications, each occasion once per recipient (dedupe key), and who read which. */
@ApplicationScoped
public class NotificationRepository {

    private static final String COLUMNS = "notification_id, recipient, kind, subject_ref, message, link, created_at";

    private final Pool pool;

    public NotificationRepository(Pool pool) {
        this.pool = pool;
    }

    /** Stores the notices not stored before (by dedupe key and recipient) in the caller's transaction; returns those. */
    public Uni<List<Notification>> add(SqlClient tx, List<Notice> notices, OffsetDateTime at) {
        if (notices.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Tuple> rows = notices.stream().map(n -> Tuple.from(new Object[] { UUID.randomUUID(), n.recipient(),
                n.kind().name(), n.subjectRef(), n.message(), n.link(), at, n.dedupeKey() })).toList();
        return tx.preparedQuery("INSERT INTO notification (" + COLUMNS + ", dedupe_key) VALUES ($1, $2, $3, $4, $5, $6,"
                + " $7, $8) ON CONFLICT (dedupe_key, recipient) DO NOTHING RETURNING " + COLUMNS)
                .executeBatch(rows)
                .map(result -> {
                    List<Notification> stored = new ArrayList<>();
                    for (var rowSet = result; rowSet != null; rowSet = rowSet.next()) {
                        rowSet.forEach(row -> stored.add(map(row)));
                    }
                    return stored;
                });
    }

    /** What these recipient keys were sent, newest first, with whether {@code reader} read each. */
    public Uni<List<Read>> newestFor(List<String> recipients, String reader, boolean unreadOnly, int limit) {
        return pool.preparedQuery("SELECT n.notification_id, n.recipient, n.kind, n.subject_ref, n.message, n.link,"
                + " n.created_at, r.read_at FROM notification n LEFT JOIN notification_read r"
                + " ON r.notification_id = n.notification_id AND r.reader = $2 WHERE n.recipient = ANY($1)"
                + " AND (NOT $3 OR r.read_at IS NULL) ORDER BY n.created_at DESC LIMIT $4")
                .execute(Tuple.of(recipients.toArray(new String[0]), reader, unreadOnly, limit))
                .map(rows -> {
                    List<Read> found = new ArrayList<>();
                    rows.forEach(row -> found.add(new Read(map(row), row.getOffsetDateTime("read_at"))));
                    return found;
                });
    }

    /** Marks the notification read by {@code reader}; false when it was not sent to any of these recipients. */
    public Uni<Boolean> markRead(UUID notificationId, List<String> recipients, String reader, OffsetDateTime at) {
        return pool.preparedQuery("INSERT INTO notification_read (notification_id, reader, read_at)"
                + " SELECT notification_id, $2, $3 FROM notification WHERE notification_id = $1 AND recipient = ANY($4)"
                + " ON CONFLICT (notification_id, reader) DO NOTHING")
                .execute(Tuple.of(notificationId, reader, at, recipients.toArray(new String[0])))
                .flatMap(inserted -> inserted.rowCount() > 0 ? Uni.createFrom().item(true)
                        : pool.preparedQuery("SELECT 1 FROM notification_read r JOIN notification n USING"
                                + " (notification_id) WHERE r.notification_id = $1 AND r.reader = $2"
                                + " AND n.recipient = ANY($3)")
                                .execute(Tuple.of(notificationId, reader, recipients.toArray(new String[0])))
                                .map(rows -> rows.size() > 0));
    }

    /** A notification as one reader sees it; {@code readAt} null while unread. */
    public record Read(Notification notification, OffsetDateTime readAt) {
    }

    static Notification map(Row row) {
        return new Notification(row.getUUID("notification_id"), row.getString("recipient"),
                NotificationKind.valueOf(row.getString("kind")), row.getString("subject_ref"), row.getString("message"),
                row.getString("link"), row.getOffsetDateTime("created_at"));
    }
}
