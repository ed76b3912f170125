package nl.plekwijzer.notification.messaging;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.notification.figures.FigureBoard;
import nl.plekwijzer.notification.figures.repository.FigureRepository;
import nl.plekwijzer.notification.watch.WatchRepository;

/** A unit's figures as reported; a unit that reports again after it went stale is no longer reminded. */
@ApplicationScoped
public class AvailabilityConsumer {

    private final EventReader events;
    private final EventBatches batches;
    private final Pool pool;
    private final WatchRepository watches;
    private final FigureRepository figureInputs;
    private final FigureBoard figures;

    public AvailabilityConsumer(EventReader events, EventBatches batches, Pool pool, WatchRepository watches,
            FigureRepository figureInputs, FigureBoard figures) {
        this.events = events;
        this.batches = batches;
        this.pool = pool;
        this.watches = watches;
        this.figureInputs = figureInputs;
        this.figures = figures;
    }

    @Incoming("bed-availability-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.UNIT_AVAILABILITY_CHANGED,
                UnitAvailabilityChanged.class), snapshots -> {
                    Map<String, OffsetDateTime> reported = new HashMap<>();
                    snapshots.stream().filter(s -> !s.stale() && s.lastReportedAt() != null)
                            .forEach(s -> reported.merge(s.unitId(), s.lastReportedAt(),
                                    (a, b) -> a.isAfter(b) ? a : b));
                    return pool.withTransaction(tx -> watches.forgetStaleUnits(tx, reported)
                            .chain(() -> figureInputs.putAvailability(tx, snapshots)))
                            .invoke(figures::changed).replaceWith(List.of());
                });
    }
}
