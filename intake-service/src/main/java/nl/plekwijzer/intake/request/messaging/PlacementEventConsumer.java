package nl.plekwijzer.intake.request.messaging;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated.Status;
import nl.plekwijzer.intake.messaging.ConsumedEvent;
import nl.plekwijzer.intake.request.repository.PlacementRequestRepository;

/** Closes a request when matching-service reports that the youth was placed. */
@ApplicationScoped
public class PlacementEventConsumer {

    private final EventReader events;
    private final PlacementRequestRepository requests;

    public PlacementEventConsumer(EventReader events, PlacementRequestRepository requests) {
        this.events = events;
        this.requests = requests;
    }

    @Incoming("placement-events-in")
    @WithTransaction
    public Uni<Void> consume(String payload) {
        PlacementEvent event = events.read(payload, EventType.PLACEMENT_EVENT, PlacementEvent.class);
        return ConsumedEvent.recordOnce(event.eventId(), EventType.PLACEMENT_EVENT.topic().topicName())
                .flatMap(isNew -> isNew && event.type() == PlacementEvent.Type.PLACED
                        ? markPlaced(event)
                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> markPlaced(PlacementEvent event) {
        return requests.findById(event.requestId()).invoke(request -> {
            if (request != null && request.status == Status.OPEN) {
                request.status = Status.PLACED;
                request.updatedAt = OffsetDateTime.now();
            }
        }).replaceWithVoid();
    }
}
