package nl.plekwijzer.matching.suggestion;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.MatchSuggestionsUpdated;
import nl.plekwijzer.foundation.messaging.CloudEventMessages;
import nl.plekwijzer.foundation.messaging.SnapshotSender;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.PgSql;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Replay;

/**
 * Announces what a change did: each changed ranking to SSE subscribers and to match-suggestions.v1
 * (a derived snapshot keyed by request id, sent again until the broker acknowledged it); each
 * request that became unmet to unmet-needs.v1 through the outbox, since that is a fact that must not
 * be lost. Nothing is announced while the state is still being rebuilt.
 */
@ApplicationScoped
public class SuggestionPublisher {

    private final SuggestionMapping mapping;
    private final Replay replay;
    private final SnapshotSender suggestions;
    private final Pool pool;
    private final Outbox outbox;
    private final OutboxRelay relay;
    /** Serialised: the three consumers publish from their own threads. */
    private final SerializedProcessor<SuggestionList, SuggestionList> live =
            BroadcastProcessor.<SuggestionList> create().serialized();

    public SuggestionPublisher(SuggestionMapping mapping, Replay replay, ObjectMapper json, CloudEventMessages cloudEvents,
            @Channel("match-suggestions-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000)
            MutinyEmitter<String> suggestions, Pool pool, Outbox outbox, OutboxRelay relay) {
        this.mapping = mapping;
        this.replay = replay;
        this.suggestions = new SnapshotSender(suggestions, cloudEvents, json);
        this.pool = pool;
        this.outbox = outbox;
        this.relay = relay;
    }

    /** Every new ranked list, as it happens. */
    public Multi<SuggestionList> live() {
        return Multi.createFrom().publisher(live);
    }

    /** Completes once the unmet needs are in the outbox (retried while the database is away). */
    public Uni<Void> publish(MatchingState.Effects effects) {
        if (!replay.caughtUp()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime now = OffsetDateTime.now();
        effects.changedRankings().forEach(ranking -> {
            SuggestionList list = mapping.toList(ranking, now);
            live.onNext(list);
            MatchSuggestionsUpdated event = mapping.toEvent(list);
            suggestions.send(EventType.MATCH_SUGGESTIONS_UPDATED, list.requestId().toString(), event,
                    new MatchSuggestionsUpdated(event.requestId(), null, event.suggestions(), event.excluded()), now);
        });
        List<Outbox.Entry> unmet = effects.newlyUnmet().stream()
                .map(need -> new Outbox.Entry(EventType.UNMET_NEED_RECORDED, need.request().requestId().toString(),
                        mapping.toEvent(need)))
                .toList();
        if (unmet.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return TransientFailures.retried("Recording " + unmet.size() + " unmet needs",
                () -> pool.withTransaction(tx -> outbox.add(PgSql.of(tx), unmet)))
                .invoke(relay::wake);
    }
}
