package nl.plekwijzer.matching.messaging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.AmbulantProgrammeUpdated;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Replay;
import nl.plekwijzer.matching.suggestion.SuggestionPublisher;
import nl.plekwijzer.matching.unmet.service.UnmetNeedRecorder;

/**
 * Feeds the four compacted topics into the in-memory state, from their beginning on every start,
 * a poll's records at a time (ranked on a worker thread), announces the rankings that changed and
 * records the needs that became unmet. Unreadable records go to the topic's DLQ ({@link EventBatches});
 * every record counts as read for the replay.
 */
@ApplicationScoped
public class StateConsumers {

    private static final Logger LOG = Logger.getLogger(StateConsumers.class);

    private final EventReader events;
    private final EventBatches batches;
    private final MatchingState state;
    private final Replay replay;
    private final SuggestionPublisher publisher;
    private final UnmetNeedRecorder unmetNeeds;

    public StateConsumers(EventReader events, EventBatches batches, MatchingState state, Replay replay,
            SuggestionPublisher publisher, UnmetNeedRecorder unmetNeeds) {
        this.events = events;
        this.batches = batches;
        this.state = state;
        this.replay = replay;
        this.publisher = publisher;
        this.unmetNeeds = unmetNeeds;
    }

    @Incoming("unit-profiles-in")
    public Uni<Void> profiles(KafkaRecordBatch<String, String> batch) {
        return apply(batch, body -> events.read(body, EventType.UNIT_PROFILE_UPDATED, UnitProfileUpdated.class),
                state::applyProfile);
    }

    @Incoming("ambulant-programmes-in")
    public Uni<Void> programmes(KafkaRecordBatch<String, String> batch) {
        return apply(batch,
                body -> events.read(body, EventType.AMBULANT_PROGRAMME_UPDATED, AmbulantProgrammeUpdated.class),
                state::applyProgramme);
    }

    @Incoming("bed-availability-in")
    public Uni<Void> availability(KafkaRecordBatch<String, String> batch) {
        return apply(batch,
                body -> events.read(body, EventType.UNIT_AVAILABILITY_CHANGED, UnitAvailabilityChanged.class),
                state::applyAvailability);
    }

    @Incoming("placement-requests-in")
    public Uni<Void> requests(KafkaRecordBatch<String, String> batch) {
        return apply(batch,
                body -> events.read(body, EventType.PLACEMENT_REQUEST_UPDATED, PlacementRequestUpdated.class),
                state::applyRequest);
    }

    private <T> Uni<Void> apply(KafkaRecordBatch<String, String> batch, Function<String, T> reader,
            Function<T, MatchingState.Effects> change) {
        return batches.consume(batch, reader, changes -> Uni.createFrom().item(() -> applyOnce(changes, change))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .call(applied -> unmetNeeds.recordNewlyUnmet(applied.newlyUnmet()))
                .map(Applied::refused))
                .invoke(() -> batch.getRecords().forEach(r -> r.getMetadata(IncomingKafkaRecordMetadata.class)
                        .ifPresent(m -> replay.applied(m.getTopic(), m.getPartition(), m.getOffset()))));
    }

    private record Applied<T>(List<MatchingState.UnmetNeed> newlyUnmet, List<EventBatches.Refused<T>> refused) {
    }

    /**
     * Applies a poll's events and announces what they changed under the state's lock, so that
     * rankings go out in the order they were made: each changed request once, with its newest
     * ranking ({@link MatchingState#applyAll}). An event that cannot be applied is refused on its
     * own: this never fails, so the poll is never applied a second time.
     */
    private <T> Applied<T> applyOnce(List<T> changes, Function<T, MatchingState.Effects> change) {
        MatchingState.AppliedAll<T> applied;
        synchronized (state) {
            applied = state.applyAll(changes, change);
            try {
                publisher.announce(applied.effects());
            } catch (RuntimeException e) {
                // The events are applied: failing the poll would apply them again and lose its newly unmet needs.
                LOG.errorf(e, "Rankings changed by %d events not announced", changes.size());
            }
        }
        return new Applied<>(applied.effects().newlyUnmet(), applied.notApplied().stream()
                .map(n -> new EventBatches.Refused<>(n.event(), "Cannot be applied: " + TransientFailures.describe(n.failure())))
                .toList());
    }
}
