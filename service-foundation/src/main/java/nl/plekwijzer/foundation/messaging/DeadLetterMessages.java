package nl.plekwijzer.foundation.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * A record that cannot be applied, as it was received, for {@code <topic>.dlq}, with the headers
 * SmallRye's dead-letter strategy writes ({@code dead-letter-reason} and where it came from).
 */
public final class DeadLetterMessages {

    private DeadLetterMessages() {
    }

    public static String topicFor(String topic) {
        return topic + ".dlq";
    }

    public static Message<String> of(ConsumerRecord<String, String> record, String reason, Throwable cause) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        header(headers, "dead-letter-reason", reason);
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", String.valueOf(record.partition()));
        header(headers, "dead-letter-offset", String.valueOf(record.offset()));
        if (cause != null) {
            header(headers, "dead-letter-cause", cause.getClass().getName());
        }
        return Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String> builder()
                        .withTopic(topicFor(record.topic()))
                        .withKey(record.key())
                        .withHeaders(headers)
                        .build());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
