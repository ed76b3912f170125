package nl.plekwijzer.notification.messaging;

import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.contracts.events.UnmetNeedRecorded;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.notification.figures.FigureBoard;
import nl.plekwijzer.notification.figures.repository.FigureRepository;

/**
 * The topics read for the municipal figures only: units' profiles (their kind and municipality),
 * the regional waiting list without doubles, and unmet needs. Each write is idempotent (snapshots
 * replace, facts are keyed by event id), so reading a record again changes nothing.
 */
@ApplicationScoped
public class FigureInputConsumers {

    private final EventReader events;
    private final EventBatches batches;
    private final Pool pool;
    private final FigureRepository inputs;
    private final FigureBoard figures;

    public FigureInputConsumers(EventReader events, EventBatches batches, Pool pool, FigureRepository inputs,
            FigureBoard figures) {
        this.events = events;
        this.batches = batches;
        this.pool = pool;
        this.inputs = inputs;
        this.figures = figures;
    }

    @Incoming("unit-profiles-in")
    public Uni<Void> profiles(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.UNIT_PROFILE_UPDATED, UnitProfileUpdated.class),
                profiles -> pool.withTransaction(tx -> inputs.putProfiles(tx, profiles)).invoke(figures::changed)
                        .replaceWith(List.of()));
    }

    @Incoming("regional-waitlist-in")
    public Uni<Void> waiting(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.REGIONAL_WAITLIST_ENTRY_UPDATED,
                RegionalWaitlistEntryUpdated.class),
                entries -> pool.withTransaction(tx -> inputs.putWaiting(tx, entries)).invoke(figures::changed)
                        .replaceWith(List.of()));
    }

    @Incoming("unmet-needs-in")
    public Uni<Void> unmet(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.UNMET_NEED_RECORDED, UnmetNeedRecorded.class),
                needs -> pool.withTransaction(tx -> inputs.addUnmetNeeds(tx, needs)).invoke(figures::changed)
                        .replaceWith(List.of()));
    }
}
