package nl.plekwijzer.matching.state;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

/**
 * The state is rebuilt from the start of the compacted topics on every start. This knows where
 * those topics ended at start-up and when the consumers have read that far; then every request is
 * ranked once ({@link MatchingState#finishRebuild}). Until then the service is not ready
 * ({@link ReplayReadiness}), serves no ranking and publishes nothing, so a restart does not
 * re-announce every ranking: only those that differ from the last published are announced then
 * ({@code PublishedSuggestions}).
 */
@ApplicationScoped
public class Replay {

    public static final List<String> TOPICS = List.of("unit-profiles.v1", "bed-availability.v1",
            "placement-requests.v2", "ambulant-programmes.v1");
    private static final Logger LOG = Logger.getLogger(Replay.class);

    /** Fired once, when the state has been rebuilt up to where the topics ended at start-up. */
    public record CaughtUp() {
    }

    /** Every {@code kafka.*} setting (the broker, and in production TLS and SCRAM), as the channels use them. */
    private final Map<String, Object> kafkaConfig;
    private final Event<CaughtUp> caughtUpEvent;
    private final MatchingState state;
    private final long startedNanos = System.nanoTime();
    private final Map<TopicPartition, Long> endAtStart = new HashMap<>();
    /** The last offset applied per partition, also before the ends are known (consumers may start first). */
    private final Map<TopicPartition, Long> lastApplied = new HashMap<>();
    private boolean endsKnown;
    private boolean allRead;
    private volatile boolean caughtUp;

    public Replay(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            Event<CaughtUp> caughtUpEvent, MatchingState state) {
        this.kafkaConfig = kafkaConfig;
        this.caughtUpEvent = caughtUpEvent;
        this.state = state;
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        Map<TopicPartition, Long> ends = new HashMap<>();
        try (Admin admin = Admin.create(new HashMap<>(kafkaConfig))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var description : admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
                    .forEach((partition, info) -> {
                        if (info.offset() > 0) {
                            ends.put(partition, info.offset());
                        }
                    });
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot read where the state topics end", e);
        }
        boolean nowCaughtUp;
        synchronized (this) {
            endAtStart.putAll(ends);
            LOG.infof("Rebuilding matching state from %d partitions with data", endAtStart.size());
            lastApplied.forEach(this::reached);
            endsKnown = true;
            nowCaughtUp = checkCaughtUp();
        }
        announceIf(nowCaughtUp);
    }

    /** Called by the consumers after applying a record. */
    public void applied(String topic, int partition, long offset) {
        if (caughtUp) {
            return;
        }
        boolean nowCaughtUp;
        synchronized (this) {
            TopicPartition key = new TopicPartition(topic, partition);
            lastApplied.put(key, offset);
            reached(key, offset);
            nowCaughtUp = checkCaughtUp();
        }
        announceIf(nowCaughtUp);
    }

    /**
     * Once everything is read: every request is ranked, and only then is the service ready and live.
     * Ranking the whole region takes seconds, so it runs on a thread of its own rather than on the
     * consumer's (an event loop, which also answers the health checks); that thread then goes on to
     * find the near misses of the unmet needs, live.
     */
    private void announceIf(boolean allReadNow) {
        if (!allReadNow) {
            return;
        }
        Thread rebuild = new Thread(() -> {
            try {
                long rankingStarted = System.nanoTime();
                // Live from the moment the ranking is whole, under the same lock: no change in between goes unannounced.
                state.finishRebuild(() -> caughtUp = true);
                LOG.infof("Matching state rebuilt in %d ms (ranking every request: %d ms): live from here",
                        (System.nanoTime() - startedNanos) / 1_000_000, (System.nanoTime() - rankingStarted) / 1_000_000);
                caughtUpEvent.fire(new CaughtUp());
            } catch (Throwable e) {
                LOG.error("Ranking the rebuilt state failed; the service stays not ready", e);
                return;
            }
            try {
                long explainingStarted = System.nanoTime();
                int explained = state.explainUnmetNeeds();
                LOG.infof("Near misses of %d unmet needs found in %d ms", explained,
                        (System.nanoTime() - explainingStarted) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("Finding the near misses of the unmet needs failed; they are found when asked for", e);
            }
        }, "matching-rebuild");
        rebuild.start();
    }

    private void reached(TopicPartition partition, long offset) {
        Long end = endAtStart.get(partition);
        if (end != null && offset + 1 >= end) {
            endAtStart.remove(partition);
        }
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    /** True when the consumers have just read everything there was at start-up. */
    private boolean checkCaughtUp() {
        if (endsKnown && endAtStart.isEmpty() && !allRead) {
            allRead = true;
            return true;
        }
        return false;
    }
}
