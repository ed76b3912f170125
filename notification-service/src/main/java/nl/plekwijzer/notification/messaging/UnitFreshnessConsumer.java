package nl.plekwijzer.notification.messaging;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.UnitWentStale;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.foundation.messaging.Inbox;
import nl.plekwijzer.foundation.persistence.PgSql;
import nl.plekwijzer.notification.inbox.Notifier;
import nl.plekwijzer.notification.notice.Notice;
import nl.plekwijzer.notification.notice.NotificationRules;
import nl.plekwijzer.notification.watch.WatchRepository;

/**
 * A unit that went stale (domain rule 2): its provider is asked to report and the coordinators are
 * told; the unit is followed for reminders until it reports. Each event once.
 */
@ApplicationScoped
public class UnitFreshnessConsumer {

    private static final String TOPIC = EventType.UNIT_WENT_STALE.topic().topicName();

    private final EventReader events;
    private final EventBatches batches;
    private final Notifier notifier;
    private final WatchRepository watches;

    public UnitFreshnessConsumer(EventReader events, EventBatches batches, Notifier notifier, WatchRepository watches) {
        this.events = events;
        this.batches = batches;
        this.notifier = notifier;
        this.watches = watches;
    }

    @Incoming("unit-freshness-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, body -> events.read(body, EventType.UNIT_WENT_STALE, UnitWentStale.class),
                staleUnits -> notifier.inTransaction(tx -> Inbox.firstSeen(PgSql.of(tx), TOPIC,
                        staleUnits.stream().map(UnitWentStale::eventId).toList()).flatMap(fresh -> {
                            List<UnitWentStale> firstSeen = Inbox.onlyFirstSeen(staleUnits, UnitWentStale::eventId, fresh);
                            List<Notice> notices = new ArrayList<>();
                            firstSeen.stream().filter(s -> notifier.recent(s.detectedAt()))
                                    .forEach(s -> notices.addAll(NotificationRules.onStale(s)));
                            return watches.followStaleUnits(tx, firstSeen).replaceWith(notices);
                        })).replaceWith(List.of()));
    }
}
