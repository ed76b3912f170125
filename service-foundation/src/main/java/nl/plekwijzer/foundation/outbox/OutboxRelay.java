package nl.plekwijzer.foundation.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.foundation.messaging.CloudEventMessages;
import nl.plekwijzer.foundation.messaging.TransientFailures;

/**
 * Publishes the outbox: oldest first, each to its topic with its key and CloudEvents headers, and
 * deletes a row only once the broker acknowledged it. Woken after every commit that wrote to the
 * outbox, and swept every second, so that what a crash left behind is published after restart.
 * Delivery is at least once; consumers are idempotent. One relay publishes at a time, across
 * replicas too (an advisory lock), so that a key's snapshots reach the compacted topic in order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;
    /** Advisory locks are per database, and each service has its own: one constant serves all. */
    private static final long RELAY_LOCK = 0x706c656b6f7574L;

    private final Pool pool;
    private final MutinyEmitter<String> emitter;
    private final CloudEventMessages cloudEvents;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();

    public OutboxRelay(Pool pool, @Channel("outbox-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2 * BATCH)
            MutinyEmitter<String> emitter, CloudEventMessages cloudEvents) {
        this.pool = pool;
        this.emitter = emitter;
        this.cloudEvents = cloudEvents;
    }

    /** Publishes what is pending now; if a drain is already running, it goes round once more. */
    public void wake() {
        pending.set(true);
        if (running.compareAndSet(false, true)) {
            drain();
        }
    }

    @Scheduled(every = "${plekwijzer.outbox.sweep-interval:1s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wake();
    }

    private void drain() {
        pending.set(false);
        pool.withTransaction(this::publishBatch).subscribe().with(published -> {
            if (published == BATCH || pending.get()) {
                drain();
            } else {
                running.set(false);
                if (pending.get() && running.compareAndSet(false, true)) {
                    drain();
                }
            }
        }, failure -> {
            LOG.warnf("Outbox not published yet, will retry: %s", TransientFailures.describe(failure));
            running.set(false);
        });
    }

    private Uni<Integer> publishBatch(SqlConnection transaction) {
        return transaction.preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked").execute(Tuple.of(RELAY_LOCK))
                .flatMap(lock -> lock.iterator().next().getBoolean("locked")
                        ? publishOldest(transaction)
                        : Uni.createFrom().item(0));
    }

    private Uni<Integer> publishOldest(SqlConnection transaction) {
        return transaction.preparedQuery("SELECT id, event_id, topic, message_key, ce_type, payload, created_at FROM outbox"
                + " ORDER BY id LIMIT $1").execute(Tuple.of(BATCH))
                .flatMap(rows -> {
                    List<Long> ids = new ArrayList<>();
                    List<Uni<Void>> sends = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getLong("id"));
                        sends.add(emitter.sendMessage(toMessage(row)));
                    }
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return Uni.join().all(sends).andFailFast()
                            .flatMap(acked -> transaction.preparedQuery("DELETE FROM outbox WHERE id = ANY($1)")
                                    .execute(Tuple.of(ids.toArray(new Long[0]))))
                            .map(deleted -> ids.size());
                });
    }

    private Message<String> toMessage(Row row) {
        return cloudEvents.of(row.getString("payload"), row.getString("topic"), row.getString("message_key"),
                row.getUUID("event_id").toString(), row.getString("ce_type"), row.getOffsetDateTime("created_at"));
    }
}
