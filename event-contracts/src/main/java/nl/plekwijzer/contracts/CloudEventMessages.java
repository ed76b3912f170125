package nl.plekwijzer.contracts;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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
