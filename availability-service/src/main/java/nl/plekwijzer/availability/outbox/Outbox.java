package nl.plekwijzer.availability.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventType;

/**
 * Writes events to publish into the outbox table, inside the caller's transaction, so that a change
 * and the event that announces it are committed together or not at all. {@link OutboxRelay}
 * publishes them.
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

    public Uni<Void> add(SqlConnection transaction, List<Entry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<Tuple> rows = entries.stream()
                .map(e -> Tuple.of(UUID.randomUUID(), e.type().topic().topicName(), e.key(), e.type().ceType(),
                        toJson(e.event()), now))
                .toList();
        return transaction.preparedQuery("INSERT INTO outbox (event_id, topic, message_key, ce_type, payload, created_at)"
                + " VALUES ($1, $2, $3, $4, $5, $6)").executeBatch(rows).replaceWithVoid();
    }

    private String toJson(Record event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
