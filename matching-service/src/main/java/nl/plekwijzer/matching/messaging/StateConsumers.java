package nl.plekwijzer.matching.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Replay;
import nl.plekwijzer.matching.suggestion.SuggestionPublisher;

/**
 * Feeds the three compacted topics into the in-memory state, from their beginning on every start,
 * and publishes what changed. A record that cannot be read goes to the topic's DLQ (the exception
 * does that); it still counts as read for the replay.
 */
@ApplicationScoped
public class StateConsumers {

    private final EventReader events;
    private final MatchingState state;
    private final Replay replay;
    private final SuggestionPublisher publisher;

    public StateConsumers(EventReader events, MatchingState state, Replay replay, SuggestionPublisher publisher) {
        this.events = events;
        this.state = state;
        this.replay = replay;
        this.publisher = publisher;
    }

    @Incoming("unit-profiles-in")
    @Blocking(ordered = true)
    public void profile(ConsumerRecord<String, String> record) {
        try {
            if (record.value() != null) {
                publisher.publish(state.applyProfile(
                        events.read(record.value(), EventType.UNIT_PROFILE_UPDATED, UnitProfileUpdated.class)));
            }
        } finally {
            replay.applied(record.topic(), record.partition(), record.offset());
        }
    }

    @Incoming("bed-availability-in")
    @Blocking(ordered = true)
    public void availability(ConsumerRecord<String, String> record) {
        try {
            if (record.value() != null) {
                publisher.publish(state.applyAvailability(
                        events.read(record.value(), EventType.UNIT_AVAILABILITY_CHANGED, UnitAvailabilityChanged.class)));
            }
        } finally {
            replay.applied(record.topic(), record.partition(), record.offset());
        }
    }

    @Incoming("placement-requests-in")
    @Blocking(ordered = true)
    public void request(ConsumerRecord<String, String> record) {
        try {
            if (record.value() != null) {
                publisher.publish(state.applyRequest(
                        events.read(record.value(), EventType.PLACEMENT_REQUEST_UPDATED, PlacementRequestUpdated.class)));
            }
        } finally {
            replay.applied(record.topic(), record.partition(), record.offset());
        }
    }
}
