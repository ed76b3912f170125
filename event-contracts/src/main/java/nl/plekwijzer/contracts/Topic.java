package nl.plekwijzer.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Every Kafka topic of plekwijzer: the one place a topic is named. Snapshot topics hold the
 * current state per key and are compacted; event topics keep a bounded history.
 * The Strimzi {@code KafkaTopic} resources in {@code k8s/} and the AsyncAPI document follow this
 * list; a test checks that they do.
 */
public enum Topic {
    BED_STATUS("bed-status.v1", Retention.EVENTS, 6),
    BED_STATUS_DLQ("bed-status.v1.dlq", Retention.DEAD_LETTERS, 1),
    UNIT_PROFILES("unit-profiles.v1", Retention.SNAPSHOT, 6),
    UNIT_PROFILES_DLQ("unit-profiles.v1.dlq", Retention.DEAD_LETTERS, 1),
    AMBULANT_PROGRAMMES("ambulant-programmes.v1", Retention.SNAPSHOT, 3),
    AMBULANT_PROGRAMMES_DLQ("ambulant-programmes.v1.dlq", Retention.DEAD_LETTERS, 1),
    BED_AVAILABILITY("bed-availability.v1", Retention.SNAPSHOT, 6),
    BED_AVAILABILITY_DLQ("bed-availability.v1.dlq", Retention.DEAD_LETTERS, 1),
    UNIT_FRESHNESS("unit-freshness.v1", Retention.EVENTS, 6),
    UNIT_FRESHNESS_DLQ("unit-freshness.v1.dlq", Retention.DEAD_LETTERS, 1),
    PLACEMENT_REQUESTS("placement-requests.v2", Retention.SNAPSHOT, 6),
    PLACEMENT_REQUESTS_DLQ("placement-requests.v2.dlq", Retention.DEAD_LETTERS, 1),
    WAITLIST_ENTRIES("waitlist-entries.v2", Retention.EVENTS, 6),
    WAITLIST_ENTRIES_DLQ("waitlist-entries.v2.dlq", Retention.DEAD_LETTERS, 1),
    MATCH_SUGGESTIONS("match-suggestions.v1", Retention.SNAPSHOT, 6),
    MATCH_SUGGESTIONS_DLQ("match-suggestions.v1.dlq", Retention.DEAD_LETTERS, 1),
    REGIONAL_WAITLIST("regional-waitlist.v1", Retention.SNAPSHOT, 6),
    REGIONAL_WAITLIST_DLQ("regional-waitlist.v1.dlq", Retention.DEAD_LETTERS, 1),
    PLACEMENT_EVENTS("placement-events.v1", Retention.EVENTS, 6),
    PLACEMENT_EVENTS_DLQ("placement-events.v1.dlq", Retention.DEAD_LETTERS, 1),
    UNMET_NEEDS("unmet-needs.v1", Retention.EVENTS, 6),
    UNMET_NEEDS_DLQ("unmet-needs.v1.dlq", Retention.DEAD_LETTERS, 1),
    DASHBOARD_STATS("dashboard-stats.v1", Retention.SNAPSHOT, 3);

    /** How long a topic keeps its records. */
    public enum Retention {
        /** cleanup.policy=compact: the newest record per key is kept for good. */
        SNAPSHOT(Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "60000")),
        /** cleanup.policy=delete after 30 days. */
        EVENTS(Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(30L * 24 * 3600 * 1000))),
        /** cleanup.policy=delete after 90 days, so people have time to look at what failed. */
        DEAD_LETTERS(Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(90L * 24 * 3600 * 1000)));

        private final Map<String, String> config;

        Retention(Map<String, String> config) {
            this.config = config;
        }

        public Map<String, String> config() {
            return config;
        }
    }

    private final String topicName;
    private final Retention retention;
    private final int partitions;

    Topic(String topicName, Retention retention, int partitions) {
        this.topicName = topicName;
        this.retention = retention;
        this.partitions = partitions;
    }

    public String topicName() {
        return topicName;
    }

    public Retention retention() {
        return retention;
    }

    public int partitions() {
        return partitions;
    }

    /** The topic where consumers put what they could not read of this one; empty for a dead-letter topic. */
    public Optional<Topic> deadLetterTopic() {
        return byName(topicName + ".dlq");
    }

    public boolean compacted() {
        return retention == Retention.SNAPSHOT;
    }

    /**
     * The status topic of one provider system. In production only that provider may write it (its
     * KafkaUser's ACL), so a report read there can only change that provider's own units; its dead
     * letters go to the topic's own {@code .dlq}, which that provider may read.
     */
    public static String providerStatusTopic(String providerId) {
        return BED_STATUS.topicName + PROVIDER_STATUS_INFIX + providerId;
    }

    /** The provider whose status topic this is; empty for {@code bed-status.v1} itself and any other topic. */
    public static Optional<String> providerOfStatusTopic(String topicName) {
        String prefix = BED_STATUS.topicName + PROVIDER_STATUS_INFIX;
        return topicName.startsWith(prefix) && !topicName.endsWith(".dlq")
                ? Optional.of(topicName.substring(prefix.length())) : Optional.empty();
    }

    private static final String PROVIDER_STATUS_INFIX = ".provider.";

    public static Optional<Topic> byName(String topicName) {
        return Arrays.stream(values()).filter(t -> t.topicName.equals(topicName)).findFirst();
    }
}
