package nl.plekwijzer.intake.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventType;

/**
 * Writes events to publish into the outbox table, inside the caller's transaction, so that a change
 * and the event that announces it are committed together or not at all. {@link OutboxRelay}
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

    /** Must run inside a transaction (Panache.withTransaction or @WithTransaction). */
    public Uni<Void> add(List<Entry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<OutboxMessage> messages = entries.stream().map(entry -> {
            OutboxMessage message = new OutboxMessage();
            message.eventId = UUID.randomUUID();
            message.topic = entry.type().topic().topicName();
            message.messageKey = entry.key();
            message.ceType = entry.type().ceType();
            message.payload = toJson(entry.event());
            message.createdAt = now;
            return message;
        }).toList();
        return Panache.getSession().flatMap(session -> session.persistAll(messages.toArray()))
                .replaceWithVoid();
    }

    private String toJson(Record event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
