package nl.plekwijzer.matching.suggestion;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.MatchSuggestionsUpdated;
import nl.plekwijzer.foundation.messaging.CloudEventMessages;
import nl.plekwijzer.foundation.messaging.SnapshotSender;
import nl.plekwijzer.matching.engine.MatchingEngine;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Replay;

/**
 * Announces each changed ranking to SSE subscribers and to match-suggestions.v1: a derived
 * snapshot keyed by request id, sent again until the broker acknowledged it. Nothing is announced
 * while the state is still being rebuilt. Call it in the order the rankings changed (the consumers
 * call it under the state's lock), so that a request's newest ranking is the last one sent.
 */
@ApplicationScoped
public class SuggestionPublisher {

    private final SuggestionMapping mapping;
    private final Replay replay;
    private final SnapshotSender suggestions;
    private final SerializedProcessor<SuggestionList, SuggestionList> live =
            BroadcastProcessor.<SuggestionList> create().serialized();

    public SuggestionPublisher(SuggestionMapping mapping, Replay replay, ObjectMapper json, CloudEventMessages cloudEvents,
            @Channel("match-suggestions-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000)
            MutinyEmitter<String> suggestions) {
        this.mapping = mapping;
        this.replay = replay;
        this.suggestions = new SnapshotSender(suggestions, cloudEvents, json);
    }

    /** Every new ranked list, as it happens. */
    public Multi<SuggestionList> live() {
        return Multi.createFrom().publisher(live);
    }

    /**
     * After a restart: announces each ranking that differs from the one last published for its
     * request ({@code publishedCeIds}: the {@code ce_id} per request id on the topic), such as one
     * that changed while the service was down. Call it under the state's lock. Returns the request
     * ids of those announced.
     */
    public Set<String> announceChanged(List<MatchingEngine.Ranking> rankings, Map<String, String> publishedCeIds) {
        OffsetDateTime now = OffsetDateTime.now();
        Set<String> announced = new HashSet<>();
        for (MatchingEngine.Ranking ranking : rankings) {
            String requestId = ranking.request().requestId().toString();
            if (announce(ranking, now, publishedCeIds.get(requestId))) {
                announced.add(requestId);
            }
        }
        return announced;
    }

    public void announce(MatchingState.Effects effects) {
        if (!replay.caughtUp()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        effects.changedRankings().forEach(ranking -> announce(ranking, now, null));
    }

    /** Announces the ranking to SSE and the topic unless it is the state {@code publishedCeId} says was published. */
    private boolean announce(MatchingEngine.Ranking ranking, OffsetDateTime now, String publishedCeId) {
        SuggestionList list = mapping.toList(ranking, now);
        MatchSuggestionsUpdated event = mapping.toEvent(list);
        boolean sent = suggestions.sendIfChanged(EventType.MATCH_SUGGESTIONS_UPDATED, list.requestId().toString(),
                event, new MatchSuggestionsUpdated(event.requestId(), null, event.suggestions(), event.excluded()), now,
                publishedCeId);
        if (sent) {
            live.onNext(list);
        }
        return sent;
    }
}
