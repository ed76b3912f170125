package nl.plekwijzer.foundation.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * The envelope of every event: a JSON body as a Kafka record keyed by its aggregate id, with
 * CloudEvents 1.0 headers in binary mode ({@code ce_id}, {@code ce_type}, {@code ce_source},
 * {@code ce_time}, {@code ce_subject}). One per service, which is the {@code ce_source}.
 */
public final class CloudEventMessages {

    private final URI source;

    /** @param service the service's name, e.g. {@code intake-service} */
    public CloudEventMessages(String service) {
        this.source = URI.create("/plekwijzer/" + service);
    }

    /**
     * The {@code ce_id} of a snapshot: derived from what it says, so the same state published again
     * has the same id and a consumer can recognise the repeat.
     */
    public static String snapshotId(String ceType, String key, String json) {
        return UUID.nameUUIDFromBytes((ceType + '\n' + key + '\n' + json).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The record's {@code ce_type} header, if it has one. */
    public static Optional<String> ceType(ConsumerRecord<?, ?> record) {
        Header type = record.headers().lastHeader("ce_type");
        return type == null || type.value() == null ? Optional.empty()
                : Optional.of(new String(type.value(), StandardCharsets.UTF_8));
    }

    public URI source() {
        return source;
    }

    /** @param topic null to use the channel's topic */
    public Message<String> of(String json, String topic, String key, String ceId, String ceType, OffsetDateTime time) {
        var kafka = OutgoingKafkaRecordMetadata.<String>builder().withKey(key);
        if (topic != null) {
            kafka.withTopic(topic);
        }
        return Message.of(json)
                .addMetadata(kafka.build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(ceId)
                        .withType(ceType)
                        .withSource(source)
                        .withSubject(key)
                        .withDataContentType("application/json")
                        .withTimestamp(time.atZoneSameInstant(ZoneOffset.UTC))
                        .build());
    }
}
