package nl.plekwijzer.notification.messaging;

import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.notification.figures.FigureBoard;
import nl.plekwijzer.notification.watch.WatchRepository;

/** Follows each request's referrer, state, decision and responsible municipality (snapshots: the newest wins). */
@ApplicationScoped
public class PlacementRequestConsumer {

    private final EventReader events;
    private final EventBatches batches;
    private final Pool pool;
    private final WatchRepository watches;
    private final FigureBoard figures;

    public PlacementRequestConsumer(EventReader events, EventBatches batches, Pool pool, WatchRepository watches,
            FigureBoard figures) {
        this.events = events;
        this.batches = batches;
        this.pool = pool;
        this.watches = watches;
        this.figures = figures;
    }

    @Incoming("placement-requests-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.PLACEMENT_REQUEST_UPDATED,
                PlacementRequestUpdated.class),
                requests -> pool.withTransaction(tx -> watches.putRequests(tx, requests)).invoke(figures::changed)
                        .replaceWith(List.of()));
    }
}
