package nl.plekwijzer.availability.hold.messaging;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.hold.repository.HoldRepository;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.foundation.messaging.EventBatches.Refused;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.foundation.messaging.Inbox;
import nl.plekwijzer.foundation.persistence.PgSql;

/**
 * Keeps the places that matching-service's proposals hold, so that availability shows them beside
 * the provider's figures (held places are not free anywhere): a proposal holds a place until it is
 * answered, withdrawn or expires; a placement takes one until the provider's next report or its end.
 */
@ApplicationScoped
public class PlacementEventConsumer {

    private static final String TOPIC = EventType.PLACEMENT_EVENT.topic().topicName();

    private final EventReader events;
    private final EventBatches batches;
    private final Pool pool;
    private final HoldRepository holds;

    public PlacementEventConsumer(EventReader events, EventBatches batches, Pool pool, HoldRepository holds) {
        this.events = events;
        this.batches = batches;
        this.pool = pool;
        this.holds = holds;
    }

    @Incoming("placement-events-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.PLACEMENT_EVENT, PlacementEvent.class),
                placements -> pool.withTransaction(tx -> apply(tx, placements)));
    }

    private Uni<List<Refused<PlacementEvent>>> apply(SqlConnection tx, List<PlacementEvent> placements) {
        List<UUID> ids = placements.stream().map(PlacementEvent::eventId).toList();
        return Inbox.firstSeen(PgSql.of(tx), TOPIC, ids).flatMap(fresh -> {
            Uni<Void> applied = Uni.createFrom().voidItem();
            for (PlacementEvent event : Inbox.onlyFirstSeen(placements, PlacementEvent::eventId, fresh)) {
                applied = applied.chain(() -> apply(tx, event));
            }
            return applied;
        }).replaceWith(List.of());
    }

    private Uni<Void> apply(SqlConnection tx, PlacementEvent event) {
        if (event.proposalId() == null) {
            return Uni.createFrom().voidItem();
        }
        return switch (event.type()) {
            case PROPOSED -> holds.hold(tx, event.proposalId(), event.unitId(), event.occurredAt());
            case ACCEPTED, DECLINED, WITHDRAWN, EXPIRED -> holds.release(tx, event.proposalId());
            case PLACED -> holds.placed(tx, event.proposalId(), event.unitId(), event.occurredAt());
            case ENDED -> holds.ended(tx, event.proposalId());
            case BRIDGING, ESCALATED -> Uni.createFrom().voidItem();
        };
    }
}
