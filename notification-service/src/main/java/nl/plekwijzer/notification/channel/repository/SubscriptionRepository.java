package nl.plekwijzer.notification.channel.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.notification.channel.Channel;
import nl.plekwijzer.notification.channel.Subscription;
import nl.plekwijzer.notification.notice.NotificationKind;

@ApplicationScoped
public class SubscriptionRepository {

    private static final String COLUMNS = "subscription_id, owner, recipients, channel, target, kinds, secret, created_at";

    private final Pool pool;

    public SubscriptionRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(Subscription s) {
        return pool.preparedQuery("INSERT INTO subscription (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(Tuple.from(new Object[] { s.subscriptionId(), s.owner(), s.recipients().toArray(new String[0]),
                        s.channel().name(), s.target(), s.kinds().stream().map(Enum::name).toArray(String[]::new),
                        s.secret(), s.createdAt() }))
                .replaceWithVoid();
    }

    public Uni<List<Subscription>> ofOwner(String owner) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM subscription WHERE owner = $1 ORDER BY created_at")
                .execute(Tuple.of(owner)).map(rows -> {
                    List<Subscription> found = new ArrayList<>();
                    rows.forEach(row -> found.add(map(row)));
                    return found;
                });
    }

    /** Deletes the owner's subscription, and with it its deliveries; false when the owner has no such one. */
    public Uni<Boolean> delete(UUID subscriptionId, String owner) {
        return pool.preparedQuery("DELETE FROM subscription WHERE subscription_id = $1 AND owner = $2")
                .execute(Tuple.of(subscriptionId, owner)).map(deleted -> deleted.rowCount() > 0);
    }

    public Uni<Long> countOfOwner(String owner) {
        return pool.preparedQuery("SELECT count(*) FROM subscription WHERE owner = $1").execute(Tuple.of(owner))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    static Set<NotificationKind> kinds(String[] names) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(names).map(NotificationKind::valueOf).forEach(kinds::add);
        return kinds;
    }

    private static Subscription map(Row row) {
        return new Subscription(row.getUUID("subscription_id"), row.getString("owner"),
                List.of(row.getArrayOfStrings("recipients")), Channel.valueOf(row.getString("channel")),
                row.getString("target"), kinds(row.getArrayOfStrings("kinds")), row.getString("secret"),
                row.getOffsetDateTime("created_at"));
    }
}
