package nl.plekwijzer.notification.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event id that was applied; recorded in the same transaction as the event's effect. */
@Entity
@Table(name = "consumed_event")
public class ConsumedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "consumed_at", nullable = false)
    public OffsetDateTime consumedAt;

    /** Records the event; true when it had not been applied before. */
    public static io.smallrye.mutiny.Uni<Boolean> recordOnce(UUID eventId, String topic) {
        return ConsumedEvent.<ConsumedEvent> findById(eventId).flatMap(existing -> {
            if (existing != null) {
                return io.smallrye.mutiny.Uni.createFrom().item(false);
            }
            ConsumedEvent consumed = new ConsumedEvent();
            consumed.eventId = eventId;
            consumed.topic = topic;
            consumed.consumedAt = OffsetDateTime.now();
            return consumed.persist().replaceWith(true);
        });
    }
}
