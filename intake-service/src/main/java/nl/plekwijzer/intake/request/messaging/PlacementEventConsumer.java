package nl.plekwijzer.intake.request.messaging;

import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.foundation.messaging.EventBatches.Refused;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.foundation.messaging.Inbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.HibernateSql;
import nl.plekwijzer.intake.request.ProviderAccess;
import nl.plekwijzer.intake.request.repository.ProviderAccessRepository;
import nl.plekwijzer.intake.request.service.RequestLifecycle;

/**
 * Closes a youth's open requests when matching-service reports that the youth was placed, opens a
 * request again when its crisis placement became a bridging placement, and lets the provider that
 * accepted a proposal read the request while the stay lasts; each event once ({@link Inbox}), in
 * the transaction of its effect.
 */
@ApplicationScoped
public class PlacementEventConsumer {

    private static final String TOPIC = EventType.PLACEMENT_EVENT.topic().topicName();

    private final EventReader events;
    private final EventBatches batches;
    private final RequestLifecycle lifecycle;
    private final OutboxRelay relay;
    private final ProviderAccessRepository access;

    public PlacementEventConsumer(EventReader events, EventBatches batches, RequestLifecycle lifecycle,
            OutboxRelay relay, ProviderAccessRepository access) {
        this.events = events;
        this.batches = batches;
        this.lifecycle = lifecycle;
        this.relay = relay;
        this.access = access;
    }

    @Incoming("placement-events-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.PLACEMENT_EVENT, PlacementEvent.class),
                placements -> Panache.withTransaction(() -> apply(placements)).invoke(relay::wake));
    }

    private Uni<List<Refused<PlacementEvent>>> apply(List<PlacementEvent> placements) {
        return HibernateSql.current()
                .flatMap(tx -> Inbox.firstSeen(tx, TOPIC, placements.stream().map(PlacementEvent::eventId).toList()))
                .flatMap(fresh -> {
                    Uni<Void> applied = Uni.createFrom().voidItem();
                    for (PlacementEvent event : Inbox.onlyFirstSeen(placements, PlacementEvent::eventId, fresh)) {
                        if (event.type() == PlacementEvent.Type.ACCEPTED && event.proposalId() != null) {
                            applied = applied.flatMap(done -> access.persist(ProviderAccess.of(event.proposalId(),
                                    event.requestId(), event.providerId(), event.occurredAt())).replaceWithVoid());
                        } else if (event.type() == PlacementEvent.Type.ENDED && event.proposalId() != null) {
                            // The stay is over: the provider no longer reads the youth's form.
                            applied = applied.flatMap(done -> access.delete("proposalId", event.proposalId())
                                    .replaceWithVoid());
                        } else if (event.type() == PlacementEvent.Type.PLACED) {
                            applied = applied.flatMap(done -> lifecycle.placed(event.requestId(), event.unitId()));
                        } else if (event.type() == PlacementEvent.Type.BRIDGING) {
                            applied = applied.flatMap(done -> lifecycle.reopenForFollowUp(event.requestId()));
                        }
                    }
                    return applied;
                })
                .replaceWith(List.of());
    }
}
