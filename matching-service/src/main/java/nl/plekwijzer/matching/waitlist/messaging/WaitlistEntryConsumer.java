package nl.plekwijzer.matching.waitlist.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.UnreadableEventException;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;
import nl.plekwijzer.foundation.messaging.EventBatches;
import nl.plekwijzer.foundation.messaging.Inbox;
import nl.plekwijzer.foundation.persistence.PgSql;
import nl.plekwijzer.matching.waitlist.Member;
import nl.plekwijzer.matching.waitlist.MemberChange;
import nl.plekwijzer.matching.waitlist.linkage.LinkRecord;
import nl.plekwijzer.matching.waitlist.repository.WaitlistRepository;
import nl.plekwijzer.matching.waitlist.service.RegionalWaitlist;

/**
 * Keeps matching's copy of the providers' waiting lists from waitlist-entries.v2, a poll's batch
 * at a time in one transaction (a replaced list of 500 arrives as up to 1,000 events): each event
 * once ({@link Inbox}, in the same transaction), the last change per entry wins, then the changes
 * go to the regional list to be linked. Unreadable records go to waitlist-entries.v2.dlq and the
 * others are applied; a database that is away is waited for ({@link EventBatches}).
 */
@ApplicationScoped
public class WaitlistEntryConsumer {

    private static final String TOPIC = EventType.WAITLIST_ENTRY_CHANGED.topic().topicName();

    private final EventReader events;
    private final EventBatches batches;
    private final Pool pool;
    private final WaitlistRepository store;
    private final RegionalWaitlist regional;

    public WaitlistEntryConsumer(EventReader events, EventBatches batches, Pool pool, WaitlistRepository store,
            RegionalWaitlist regional) {
        this.events = events;
        this.batches = batches;
        this.pool = pool;
        this.store = store;
        this.regional = regional;
    }

    @Incoming("waitlist-entries-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch, this::read, changes -> pool.withTransaction(tx -> apply(tx, changes))
                .invoke(applied -> {
                    applied.forEach(event -> regional.memberChanged(change(event)));
                    regional.linkSoon();
                })
                .replaceWith(List.of()));
    }

    private WaitlistEntryChanged read(String payload) {
        WaitlistEntryChanged event = events.read(payload, EventType.WAITLIST_ENTRY_CHANGED, WaitlistEntryChanged.class);
        if (event.change() != WaitlistEntryChanged.Change.REMOVED
                && (event.linkageKeys() == null || event.careFunction() == null)) {
            throw new UnreadableEventException("An " + event.change() + " entry needs linkageKeys and careFunction");
        }
        return event;
    }

    /** Returns the events applied now: new ones only, the last per entry. */
    private Uni<List<WaitlistEntryChanged>> apply(SqlConnection transaction, List<WaitlistEntryChanged> batch) {
        return Inbox.firstSeen(PgSql.of(transaction), TOPIC, batch.stream().map(WaitlistEntryChanged::eventId).toList())
                .flatMap(fresh -> {
                    Map<String, WaitlistEntryChanged> lastPerEntry = new LinkedHashMap<>();
                    Inbox.onlyFirstSeen(batch, WaitlistEntryChanged::eventId, fresh).forEach(e -> {
                        String key = Member.key(e.providerId(), e.providerEntryId());
                        lastPerEntry.remove(key);
                        lastPerEntry.put(key, e);
                    });
                    List<WaitlistEntryChanged> applied = List.copyOf(lastPerEntry.values());
                    return store.applyChanges(transaction, applied).replaceWith(applied);
                });
    }

    private static MemberChange change(WaitlistEntryChanged event) {
        String key = Member.key(event.providerId(), event.providerEntryId());
        if (event.change() == WaitlistEntryChanged.Change.REMOVED) {
            return new MemberChange(key, null, null);
        }
        LinkageKeys keys = event.linkageKeys();
        Member member = new Member(event.providerId(), event.providerEntryId(),
                event.careFunction(), event.municipalityCode(), event.registeredOn(), event.occurredAt());
        return new MemberChange(key, member, LinkRecord.of(event.youthPseudonym(), keys));
    }
}
