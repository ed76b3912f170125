package nl.plekwijzer.matching.suggestion;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.plekwijzer.contracts.Topic;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Replay;

/**
 * After a restart the rankings are made anew, and those that changed while the service was down
 * (a unit's status, a request) were never announced: notification-service would keep the old ones.
 * Once the state is rebuilt this reads what match-suggestions.v1 last holds per request (its
 * {@code ce_id}, derived from the suggestions) and announces every ranking that differs.
 */
@ApplicationScoped
public class PublishedSuggestions {

    private static final Logger LOG = Logger.getLogger(PublishedSuggestions.class);

    private final Map<String, Object> kafkaConfig;
    private final MatchingState state;
    private final SuggestionPublisher publisher;

    public PublishedSuggestions(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            MatchingState state, SuggestionPublisher publisher) {
        this.kafkaConfig = kafkaConfig;
        this.state = state;
        this.publisher = publisher;
    }

    void onCaughtUp(@Observes Replay.CaughtUp caughtUp) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                announceChanged();
            } catch (RuntimeException e) {
                LOG.errorf("Rankings that changed while the service was down not announced: %s", e.toString());
            }
        });
    }

    /** Announces every ranking that differs from the one last published; returns their request ids. */
    public Set<String> announceChanged() {
        long started = System.nanoTime();
        Map<String, String> published = lastPublishedCeIds();
        Set<String> announced;
        synchronized (state) {
            announced = publisher.announceChanged(state.rankings(), published);
        }
        LOG.infof("Rankings after the rebuild: %d announced that differ from the %d last published, in %d ms",
                announced.size(), published.size(), (System.nanoTime() - started) / 1_000_000);
        return announced;
    }

    /** The {@code ce_id} of the last record per key on match-suggestions.v1, read to where it ends now. */
    Map<String, String> lastPublishedCeIds() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, String> ceIds = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            String topic = Topic.MATCH_SUGGESTIONS.topicName();
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    Header ceId = record.headers().lastHeader("ce_id");
                    if (record.value() == null || ceId == null) {
                        ceIds.remove(record.key());
                    } else {
                        ceIds.put(record.key(), new String(ceId.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return ceIds;
    }
}
