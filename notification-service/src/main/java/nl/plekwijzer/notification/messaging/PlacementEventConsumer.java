package nl.plekwijzer.notification.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.foundation.messaging.Inbox;
import nl.plekwijzer.foundation.persistence.PgSql;
import nl.plekwijzer.notification.figures.FigureBoard;
import nl.plekwijzer.notification.figures.repository.FigureRepository;
import nl.plekwijzer.notification.inbox.Notifier;
import nl.plekwijzer.notification.notice.Notice;
import nl.plekwijzer.notification.notice.NotificationRules;
import nl.plekwijzer.notification.watch.WatchRepository;

/**
 * Proposals and placements as they happen: notices for providers, coordinators and referrers (for
 * recent events); crisis stays followed for their clock until they end; proposals, stays and declines
 * kept for the municipal figures. Each event once ({@link Inbox}).
 */
@ApplicationScoped
public class PlacementEventConsumer {

    private static final String TOPIC = EventType.PLACEMENT_EVENT.topic().topicName();

    private final EventReader events;
    private final EventBatches batches;
    private final Notifier notifier;
    private final WatchRepository watches;
    private final FigureRepository figureInputs;
    private final FigureBoard figures;

    public PlacementEventConsumer(EventReader events, EventBatches batches, Notifier notifier, WatchRepository watches,
            FigureRepository figureInputs, FigureBoard figures) {
        this.events = events;
        this.batches = batches;
        this.notifier = notifier;
        this.watches = watches;
        this.figureInputs = figureInputs;
        this.figures = figures;
    }

    @Incoming("placement-events-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.PLACEMENT_EVENT, PlacementEvent.class),
                placements -> notifier.inTransaction(tx -> Inbox.firstSeen(PgSql.of(tx), TOPIC,
                        placements.stream().map(PlacementEvent::eventId).toList()).flatMap(fresh -> {
                            List<PlacementEvent> firstSeen = Inbox.onlyFirstSeen(placements, PlacementEvent::eventId, fresh);
                            Set<UUID> requests = firstSeen.stream().map(PlacementEvent::requestId).collect(Collectors.toSet());
                            return figureInputs.applyPlacementEvents(tx, firstSeen)
                                    .chain(() -> watches.followCrisisStays(tx, firstSeen.stream()
                                    .filter(e -> e.type() == PlacementEvent.Type.PLACED && e.crisisEndDate() != null
                                            && e.startDate() != null).toList())
                                    .chain(() -> watches.forgetCrisisStays(tx, firstSeen.stream()
                                            .filter(e -> e.type() == PlacementEvent.Type.ENDED && e.proposalId() != null)
                                            .map(PlacementEvent::proposalId).toList())))
                                    .chain(() -> watches.referrers(tx, requests))
                                    .map(referrers -> {
                                        List<Notice> notices = new ArrayList<>();
                                        firstSeen.stream().filter(e -> notifier.recent(e.occurredAt())).forEach(e ->
                                                notices.addAll(NotificationRules.onPlacementEvent(e,
                                                        referrers.get(e.requestId()))));
                                        return notices;
                                    });
                        })).invoke(figures::changed).replaceWith(List.of()));
    }
}
