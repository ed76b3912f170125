package nl.plekwijzer.foundation.messaging;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import nl.plekwijzer.contracts.EventType;

/**
 * Publishes derived snapshots (the newest state per key of a compacted topic) from memory: a
 * snapshot counts as published only once the broker acknowledged it; until then the newest one
 * per key is sent again, with back-off, for as long as sending fails. An older snapshot that
 * failed after a newer one was handed over is not sent again: the newer one replaces it. The
 * {@code ce_id} is derived from the state (see {@link CloudEventMessages#snapshotId}), so the same
 * state sent twice is recognisably one.
 */
public final class SnapshotSender {

    private static final Logger LOG = Logger.getLogger(SnapshotSender.class);
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);
    private static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(10);
    private static final Duration FAILURE_LOG_INTERVAL = Duration.ofSeconds(10);

    private record Snapshot(EventType type, String key, String body, String ceId, OffsetDateTime time) {
    }

    private final MutinyEmitter<String> emitter;
    private final CloudEventMessages cloudEvents;
    private final ObjectMapper json;
    /** The newest snapshot per key that the broker has not acknowledged yet. */
    private final Map<String, Snapshot> unacknowledged = new ConcurrentHashMap<>();
    private final AtomicLong lastFailureLogged = new AtomicLong(System.nanoTime() - FAILURE_LOG_INTERVAL.toNanos());

    public SnapshotSender(MutinyEmitter<String> emitter, CloudEventMessages cloudEvents, ObjectMapper json) {
        this.emitter = emitter;
        this.cloudEvents = cloudEvents;
        this.json = json;
    }

    /**
     * @param state what the snapshot says without when it was made (the event with its time field
     *              left out): the {@code ce_id} is derived from it
     */
    public void send(EventType type, String key, Record event, Record state, OffsetDateTime time) {
        sendIfChanged(type, key, event, state, time, null);
    }

    /**
     * Sends the snapshot unless {@code publishedCeId}, the {@code ce_id} last published for the key
     * (null when unknown), says it is the same state. Returns whether it was sent.
     */
    public boolean sendIfChanged(EventType type, String key, Record event, Record state, OffsetDateTime time,
            String publishedCeId) {
        String ceId = CloudEventMessages.snapshotId(type.ceType(), key, toJson(state));
        if (ceId.equals(publishedCeId)) {
            return false;
        }
        Snapshot snapshot = new Snapshot(type, key, toJson(event), ceId, time);
        synchronized (this) {
            unacknowledged.put(key, snapshot);
            dispatch(snapshot, FIRST_BACK_OFF);
        }
        return true;
    }

    /** How many keys have a snapshot the broker has not acknowledged yet. */
    public int unacknowledgedCount() {
        return unacknowledged.size();
    }

    private void retry(Snapshot snapshot, Duration backOff) {
        // Under the same lock as send: a retry never overtakes a newer snapshot of its key on the way out.
        synchronized (this) {
            if (unacknowledged.get(snapshot.key()) == snapshot) {
                dispatch(snapshot, backOff);
            }
        }
    }

    /** Hands the snapshot to the channel (in call order, so per key in order) and reacts to the broker's answer. */
    private void dispatch(Snapshot snapshot, Duration backOff) {
        emitter.sendMessage(cloudEvents.of(snapshot.body(), null, snapshot.key(), snapshot.ceId(),
                snapshot.type().ceType(), snapshot.time()))
                .subscribe().with(
                        acknowledged -> unacknowledged.remove(snapshot.key(), snapshot),
                        failure -> {
                            if (unacknowledged.get(snapshot.key()) != snapshot) {
                                return;
                            }
                            logFailure(snapshot, failure);
                            Uni.createFrom().voidItem().onItem().delayIt().by(backOff).subscribe()
                                    .with(ignored -> retry(snapshot, longer(backOff)));
                        });
    }

    /** One line per interval, not one per key: in a broker outage every key fails. */
    private void logFailure(Snapshot snapshot, Throwable failure) {
        long now = System.nanoTime();
        long last = lastFailureLogged.get();
        if (now - last >= FAILURE_LOG_INTERVAL.toNanos() && lastFailureLogged.compareAndSet(last, now)) {
            LOG.warnf("%s not published yet for %d keys (e.g. %s), sending again with back-off: %s",
                    snapshot.type().ceType(), unacknowledged.size(), snapshot.key(), TransientFailures.describe(failure));
        }
    }

    private static Duration longer(Duration backOff) {
        Duration doubled = backOff.multipliedBy(2);
        return doubled.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : doubled;
    }

    private String toJson(Record value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
