package nl.plekwijzer.notification.inbox.messaging;

import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.UnitWentStale;
import nl.plekwijzer.notification.inbox.Notification;
import nl.plekwijzer.notification.inbox.Recipients;
import nl.plekwijzer.notification.inbox.repository.NotificationRepository;
import nl.plekwijzer.notification.messaging.ConsumedEvent;
import nl.plekwijzer.notification.security.Roles;

/** Reminds a provider whose unit went stale (DOMAIN rule 2), and tells the coordinators. */
@ApplicationScoped
public class UnitWentStaleConsumer {

    static final String KIND = "UNIT_WENT_STALE";

    private final EventReader events;
    private final NotificationRepository notifications;

    public UnitWentStaleConsumer(EventReader events, NotificationRepository notifications) {
        this.events = events;
        this.notifications = notifications;
    }

    @Incoming("unit-freshness-in")
    @WithTransaction
    public Uni<Void> consume(String payload) {
        UnitWentStale stale = events.read(payload, EventType.UNIT_WENT_STALE, UnitWentStale.class);
        return ConsumedEvent.recordOnce(stale.eventId(), EventType.UNIT_WENT_STALE.topic().topicName())
                .flatMap(isNew -> isNew ? notify(stale) : Uni.createFrom().voidItem());
    }

    private Uni<Void> notify(UnitWentStale stale) {
        String since = stale.lastReportedAt() == null ? "it was registered" : stale.lastReportedAt().toString();
        String message = "Unit %s has not confirmed its status since %s (confirmation interval %d h)."
                .formatted(stale.unitId(), since, stale.confirmationIntervalHours());
        return notifications.persist(List.of(
                Notification.to(Recipients.provider(stale.providerId()), KIND, stale.unitId(),
                        message + " Please report its current status."),
                Notification.to(Recipients.role(Roles.COORDINATOR), KIND, stale.unitId(), message)));
    }
}
