package nl.plekwijzer.notification.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.MatchSuggestionsUpdated;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.notification.inbox.Notifier;
import nl.plekwijzer.notification.notice.Notice;
import nl.plekwijzer.notification.notice.NotificationRules;
import nl.plekwijzer.notification.watch.WatchRepository;

/**
 * A fitting place appeared for a waiting request when its suggestions hold a free place with a fresh
 * status and did not before: its referrer and the coordinators hear of it. The state is kept per
 * request, so reading the same snapshot again changes nothing.
 */
@ApplicationScoped
public class SuggestionConsumer {

    private final EventReader events;
    private final EventBatches batches;
    private final Notifier notifier;
    private final WatchRepository watches;

    public SuggestionConsumer(EventReader events, EventBatches batches, Notifier notifier, WatchRepository watches) {
        this.events = events;
        this.batches = batches;
        this.notifier = notifier;
        this.watches = watches;
    }

    @Incoming("match-suggestions-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.MATCH_SUGGESTIONS_UPDATED,
                MatchSuggestionsUpdated.class), snapshots -> {
                    // The newest snapshot per request in this poll.
                    Map<UUID, MatchSuggestionsUpdated> newest = new LinkedHashMap<>();
                    snapshots.forEach(s -> newest.merge(s.requestId(), s,
                            (a, b) -> b.generatedAt().isBefore(a.generatedAt()) ? a : b));
                    return notifier.inTransaction(tx -> watches.lockRequests(tx, newest.keySet()).flatMap(known -> {
                        List<Notice> notices = new ArrayList<>();
                        Map<UUID, Boolean> freeNow = new LinkedHashMap<>();
                        newest.forEach((requestId, snapshot) -> {
                            boolean free = NotificationRules.hasFreeFittingPlace(snapshot);
                            freeNow.put(requestId, free);
                            WatchRepository.WatchedRequest before = known.get(requestId);
                            if (before != null && before.open()
                                    && NotificationRules.fittingPlaceAppeared(before.freeFittingPlace(), free)
                                    && notifier.recent(snapshot.generatedAt())) {
                                notices.addAll(NotificationRules.fittingPlace(requestId, before.referrerId(),
                                        snapshot.generatedAt()));
                            }
                        });
                        return watches.putFreeFittingPlace(tx, freeNow).replaceWith(notices);
                    })).replaceWith(List.of());
                });
    }
}
