package nl.plekwijzer.matching.suggestion;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.CloudEventMessages;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Replay;

/**
 * Announces what a change did: each changed ranking to match-suggestions.v1 (a derived snapshot,
 * keyed by request id, re-published whenever it changes) and to SSE subscribers; each request that
 * became unmet to unmet-needs.v1. Nothing is announced while the state is still being rebuilt.
 */
@ApplicationScoped
public class SuggestionPublisher {

    private static final Logger LOG = Logger.getLogger(SuggestionPublisher.class);

    private final SuggestionMapping mapping;
    private final Replay replay;
    private final ObjectMapper json;
    private final CloudEventMessages cloudEvents;
    private final MutinyEmitter<String> suggestions;
    private final MutinyEmitter<String> unmetNeeds;
    /** Serialised: the three consumers publish from their own threads. */
    private final SerializedProcessor<SuggestionList, SuggestionList> live =
            BroadcastProcessor.<SuggestionList> create().serialized();

    public SuggestionPublisher(SuggestionMapping mapping, Replay replay, ObjectMapper json, CloudEventMessages cloudEvents,
            @Channel("match-suggestions-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000)
            MutinyEmitter<String> suggestions,
            @Channel("unmet-needs-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 5_000)
            MutinyEmitter<String> unmetNeeds) {
        this.mapping = mapping;
        this.replay = replay;
        this.json = json;
        this.cloudEvents = cloudEvents;
        this.suggestions = suggestions;
        this.unmetNeeds = unmetNeeds;
    }

    /** Every new ranked list, as it happens. */
    public Multi<SuggestionList> live() {
        return Multi.createFrom().publisher(live);
    }

    public void publish(MatchingState.Effects effects) {
        if (!replay.caughtUp()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        effects.changedRankings().forEach(ranking -> {
            SuggestionList list = mapping.toList(ranking, now);
            live.onNext(list);
            send(suggestions, EventType.MATCH_SUGGESTIONS_UPDATED, list.requestId().toString(),
                    mapping.toEvent(list), now);
        });
        effects.newlyUnmet().forEach(need -> {
            var event = mapping.toEvent(need);
            send(unmetNeeds, EventType.UNMET_NEED_RECORDED, need.request().requestId().toString(), event, now);
        });
    }

    private void send(MutinyEmitter<String> emitter, EventType type, String key, Record event, OffsetDateTime now) {
        try {
            String body = json.writeValueAsString(event);
            emitter.sendMessage(cloudEvents.of(body, null, key, java.util.UUID.randomUUID().toString(),
                    type.ceType(), now))
                    .subscribe().with(ok -> { }, failure -> LOG.warnf("Could not publish %s for %s: %s",
                            type.ceType(), key, failure.getMessage()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + type, e);
        }
    }
}
