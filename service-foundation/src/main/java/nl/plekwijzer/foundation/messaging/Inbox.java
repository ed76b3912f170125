package nl.plekwijzer.foundation.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import nl.plekwijzer.foundation.persistence.SqlTransaction;

/**
 * Which events were applied before: each applied event id is recorded in {@code consumed_event}
 * in the same transaction as its effect, so a redelivered event changes nothing.
 */
public final class Inbox {

    private Inbox() {
    }

    /** Records the ids and returns those not recorded before, in their order; call it in the effect's transaction. */
    public static Uni<Set<UUID>> firstSeen(SqlTransaction transaction, String topic, List<UUID> eventIds) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(eventIds));
        List<List<Object>> rows = distinct.stream().<List<Object>> map(id -> List.of(id, topic)).toList();
        return transaction.executeEach("INSERT INTO consumed_event (event_id, topic, consumed_at) VALUES ($1, $2, now())"
                + " ON CONFLICT (event_id) DO NOTHING", rows)
                .map(inserted -> {
                    Set<UUID> fresh = new LinkedHashSet<>();
                    for (int i = 0; i < distinct.size(); i++) {
                        if (inserted.get(i) > 0) {
                            fresh.add(distinct.get(i));
                        }
                    }
                    return fresh;
                });
    }

    /**
     * The ids of those that were recorded before, without recording any: for a consumer that records
     * ({@link #record}) only what it applied, so that an event it refused can be applied when sent again.
     */
    public static Uni<Set<UUID>> seenBefore(SqlTransaction transaction, List<UUID> eventIds) {
        return transaction.queryColumn("SELECT event_id FROM consumed_event WHERE event_id = ANY($1)",
                (Object) eventIds.toArray(new UUID[0]))
                .map(found -> {
                    Set<UUID> seen = new HashSet<>();
                    found.forEach(id -> seen.add((UUID) id));
                    return seen;
                });
    }

    /** Records the ids as applied; call it in the effect's transaction. */
    public static Uni<Void> record(SqlTransaction transaction, String topic, List<UUID> eventIds) {
        return firstSeen(transaction, topic, eventIds).replaceWithVoid();
    }

    /** The events of {@code events} whose id {@link #firstSeen} returned, in order. */
    public static <T> List<T> onlyFirstSeen(List<T> events, Function<T, UUID> id, Set<UUID> fresh) {
        List<T> kept = new ArrayList<>();
        Set<UUID> taken = new HashSet<>();
        for (T event : events) {
            if (fresh.contains(id.apply(event)) && taken.add(id.apply(event))) {
                kept.add(event);
            }
        }
        return kept;
    }
}
