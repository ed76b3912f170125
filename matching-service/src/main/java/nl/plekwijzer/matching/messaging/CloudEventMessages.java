package nl.plekwijzer.matching.messaging;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** A JSON event as a Kafka record keyed by its aggregate id, with CloudEvents headers (binary mode). */
public final class CloudEventMessages {

    public static final URI SOURCE = URI.create("/plekwijzer/matching-service");

    private CloudEventMessages() {
    }

    /** @param topic null to use the channel's topic */
    public static Message<String> of(String json, String topic, String key, String ceId, String ceType,
            OffsetDateTime time) {
        var kafka = OutgoingKafkaRecordMetadata.<String>builder().withKey(key);
        if (topic != null) {
            kafka.withTopic(topic);
        }
        return Message.of(json)
                .addMetadata(kafka.build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(ceId)
                        .withType(ceType)
                        .withSource(SOURCE)
                        .withSubject(key)
                        .withDataContentType("application/json")
                        .withTimestamp(time.atZoneSameInstant(ZoneOffset.UTC))
                        .build());
    }
}
