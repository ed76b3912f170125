package nl.plekwijzer.foundation.outbox;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.Topic;
import nl.plekwijzer.foundation.messaging.CloudEventMessages;
import nl.plekwijzer.foundation.persistence.SqlTransaction;

/**
 * Writes events to publish into the {@code outbox} table inside the caller's transaction, so that a
 * change and the event that announces it commit together or not at all. {@link OutboxRelay}
 * publishes them; call {@link OutboxRelay#wake()} after the commit.
 */
@ApplicationScoped
public class Outbox {

    /** One event to publish, keyed by its aggregate id. */
    public record Entry(EventType type, String key, Record event) {
    }

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    public Uni<Void> add(SqlTransaction transaction, List<Entry> entries) {
        OffsetDateTime now = OffsetDateTime.now();
        List<List<Object>> rows = entries.stream().<List<Object>> map(entry -> {
            String payload = toJson(entry.event());
            Topic topic = entry.type().topic();
            UUID eventId = topic.retention() == Topic.Retention.SNAPSHOT
                    ? UUID.fromString(CloudEventMessages.snapshotId(entry.type().ceType(), entry.key(), payload))
                    : UUID.randomUUID();
            return Arrays.<Object> asList(eventId, topic.topicName(), entry.key(), entry.type().ceType(), payload, now);
        }).toList();
        return transaction.executeEach("INSERT INTO outbox (event_id, topic, message_key, ce_type, payload, created_at)"
                + " VALUES ($1, $2, $3, $4, $5, $6)", rows).replaceWithVoid();
    }

    private String toJson(Record event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
