package nl.plekwijzer.intake.request.messaging;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.intake.messaging.ConsumedEvent;
import nl.plekwijzer.intake.outbox.OutboxRelay;
import nl.plekwijzer.intake.request.service.RequestLifecycle;

/** Closes a youth's open requests when matching-service reports that the youth was placed. */
@ApplicationScoped
public class PlacementEventConsumer {

    private final EventReader events;
    private final RequestLifecycle lifecycle;
    private final OutboxRelay relay;

    public PlacementEventConsumer(EventReader events, RequestLifecycle lifecycle, OutboxRelay relay) {
        this.events = events;
        this.lifecycle = lifecycle;
        this.relay = relay;
    }

    @Incoming("placement-events-in")
    public Uni<Void> consume(String payload) {
        PlacementEvent event = events.read(payload, EventType.PLACEMENT_EVENT, PlacementEvent.class);
        return Panache.withTransaction(() -> ConsumedEvent
                .recordOnce(event.eventId(), EventType.PLACEMENT_EVENT.topic().topicName())
                .flatMap(isNew -> isNew && event.type() == PlacementEvent.Type.PLACED
                        ? lifecycle.placed(event.requestId(), event.unitId())
                        : Uni.createFrom().voidItem()))
                .invoke(relay::wake);
    }
}
