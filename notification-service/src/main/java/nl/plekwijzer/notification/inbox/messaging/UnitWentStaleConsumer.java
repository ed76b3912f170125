package nl.plekwijzer.notification.inbox.messaging;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.UnitWentStale;
import nl.plekwijzer.foundation.messaging.EventBatches.Refused;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.foundation.messaging.Inbox;
import nl.plekwijzer.foundation.persistence.HibernateSql;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.notification.inbox.Notification;
import nl.plekwijzer.notification.inbox.Recipients;
import nl.plekwijzer.notification.inbox.repository.NotificationRepository;

/** Reminds a provider whose unit went stale (domain rule 2), and tells the coordinators; each event once. */
@ApplicationScoped
public class UnitWentStaleConsumer {

    static final String KIND = "UNIT_WENT_STALE";
    private static final String TOPIC = EventType.UNIT_WENT_STALE.topic().topicName();

    private final EventReader events;
    private final EventBatches batches;
    private final NotificationRepository notifications;

    public UnitWentStaleConsumer(EventReader events, EventBatches batches, NotificationRepository notifications) {
        this.events = events;
        this.batches = batches;
        this.notifications = notifications;
    }

    @Incoming("unit-freshness-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.UNIT_WENT_STALE, UnitWentStale.class),
                stale -> Panache.withTransaction(() -> apply(stale)));
    }

    private Uni<List<Refused<UnitWentStale>>> apply(List<UnitWentStale> staleUnits) {
        return HibernateSql.current()
                .flatMap(tx -> Inbox.firstSeen(tx, TOPIC, staleUnits.stream().map(UnitWentStale::eventId).toList()))
                .flatMap(fresh -> {
                    List<Notification> toSend = new ArrayList<>();
                    Inbox.onlyFirstSeen(staleUnits, UnitWentStale::eventId, fresh).forEach(s -> toSend.addAll(notify(s)));
                    return toSend.isEmpty() ? Uni.createFrom().voidItem() : notifications.persist(toSend);
                })
                .replaceWith(List.of());
    }

    private static List<Notification> notify(UnitWentStale stale) {
        String since = stale.lastReportedAt() == null ? "it was registered" : stale.lastReportedAt().toString();
        String message = "Unit %s has not confirmed its status since %s (confirmation interval %d h)."
                .formatted(stale.unitId(), since, stale.confirmationIntervalHours());
        return List.of(
                Notification.to(Recipients.provider(stale.providerId()), KIND, stale.unitId(),
                        message + " Please report its current status."),
                Notification.to(Recipients.role(Roles.COORDINATOR), KIND, stale.unitId(), message));
    }
}
