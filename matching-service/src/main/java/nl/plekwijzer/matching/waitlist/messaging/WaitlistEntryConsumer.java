package nl.plekwijzer.matching.waitlist.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.DeadLetterMessages;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.UnreadableEventException;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;
import nl.plekwijzer.matching.waitlist.linkage.LinkRecord;
import nl.plekwijzer.matching.waitlist.service.RegionalWaitlist;

/**
 * Keeps matching's copy of the providers' waiting lists from waitlist-entries.v1, a poll's batch
 * at a time in one transaction (a replaced list of 500 arrives as up to 1,000 events): each event
 * once (its id recorded in the same transaction), the last change per entry wins, then the changes
 * go to the regional list to be linked. A record that cannot be read goes to
 * waitlist-entries.v1.dlq and the others are applied.
 */
@ApplicationScoped
public class WaitlistEntryConsumer {

    private static final Logger LOG = Logger.getLogger(WaitlistEntryConsumer.class);

    private final EventReader events;
    private final Pool pool;
    private final RegionalWaitlist regional;
    private final MutinyEmitter<String> deadLetters;

    public WaitlistEntryConsumer(EventReader events, Pool pool, RegionalWaitlist regional,
            @Channel("waitlist-entries-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<String> deadLetters) {
        this.events = events;
        this.pool = pool;
        this.regional = regional;
        this.deadLetters = deadLetters;
    }

    @Incoming("waitlist-entries-in")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<WaitlistEntryChanged> readable = new ArrayList<>();
        List<Uni<Void>> deadLettered = new ArrayList<>();
        for (var record : batch.getRecords()) {
            try {
                readable.add(read(record.getPayload()));
            } catch (UnreadableEventException | IllegalArgumentException e) {
                @SuppressWarnings("unchecked")
                ConsumerRecord<String, String> consumerRecord = record.getMetadata(IncomingKafkaRecordMetadata.class)
                        .orElseThrow().getRecord();
                deadLettered.add(deadLetters.sendMessage(DeadLetterMessages.of(consumerRecord, e.getMessage(), e)));
            }
        }
        Uni<Void> poison = deadLettered.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(deadLettered).andFailFast().replaceWithVoid();
        return poison
                .flatMap(ignored -> readable.isEmpty() ? Uni.createFrom().<List<WaitlistEntryChanged>> item(List.of())
                        : applyWithRetry(readable))
                .invoke(applied -> {
                    applied.forEach(event -> regional.memberChanged(change(event)));
                    regional.linkSoon();
                })
                .replaceWithVoid()
                // A method that takes the batch itself acknowledges it itself: only then is the offset committed.
                .onItemOrFailure().transformToUni((done, failure) -> Uni.createFrom().completionStage(
                        failure == null ? batch.ack() : batch.nack(failure)));
    }

    private WaitlistEntryChanged read(String payload) {
        WaitlistEntryChanged event = events.read(payload, EventType.WAITLIST_ENTRY_CHANGED, WaitlistEntryChanged.class);
        if (event.change() != WaitlistEntryChanged.Change.REMOVED
                && (event.linkageKeys() == null || event.careFunction() == null)) {
            throw new IllegalArgumentException("An " + event.change() + " entry needs linkageKeys and careFunction");
        }
        return event;
    }

    /** A database that is briefly away is retried; if it stays away the channel fails and nothing is acked. */
    private Uni<List<WaitlistEntryChanged>> applyWithRetry(List<WaitlistEntryChanged> batch) {
        return pool.withTransaction(transaction -> apply(transaction, batch))
                .onFailure().invoke(e -> LOG.warnf("Applying %d waiting-list events failed, will retry: %s",
                        batch.size(), e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(8);
    }

    /** Returns the events applied now: new ones only, the last per entry. */
    private static Uni<List<WaitlistEntryChanged>> apply(SqlConnection transaction, List<WaitlistEntryChanged> batch) {
        List<Tuple> ids = batch.stream()
                .map(e -> Tuple.of(e.eventId(), EventType.WAITLIST_ENTRY_CHANGED.topic().topicName())).toList();
        return transaction.preparedQuery("INSERT INTO consumed_event (event_id, topic, consumed_at) VALUES ($1, $2, now())"
                + " ON CONFLICT DO NOTHING RETURNING event_id")
                .executeBatch(ids)
                .flatMap(inserted -> {
                    Set<UUID> fresh = new HashSet<>();
                    for (var rows = inserted; rows != null; rows = rows.next()) {
                        rows.forEach(row -> fresh.add(row.getUUID("event_id")));
                    }
                    Map<String, WaitlistEntryChanged> lastPerEntry = new LinkedHashMap<>();
                    batch.stream().filter(e -> fresh.contains(e.eventId())).forEach(e -> {
                        String key = RegionalWaitlist.Member.key(e.providerId(), e.providerEntryId());
                        lastPerEntry.remove(key);
                        lastPerEntry.put(key, e);
                    });
                    List<WaitlistEntryChanged> applied = List.copyOf(lastPerEntry.values());
                    return store(transaction, applied).replaceWith(applied);
                });
    }

    private static Uni<Void> store(SqlConnection transaction, List<WaitlistEntryChanged> applied) {
        List<Tuple> removals = new ArrayList<>();
        List<Tuple> upserts = new ArrayList<>();
        for (WaitlistEntryChanged event : applied) {
            if (event.change() == WaitlistEntryChanged.Change.REMOVED) {
                removals.add(Tuple.of(event.providerId(), event.providerEntryId()));
            } else {
                LinkageKeys keys = event.linkageKeys();
                upserts.add(Tuple.from(new Object[] { event.providerId(), event.providerEntryId(),
                        event.youthPseudonym(), keys.givenNameBloom(), keys.familyNameBloom(), keys.birthDate(),
                        keys.gender().name(), keys.pc4(), event.careFunction().name(), event.municipalityCode(),
                        event.registeredOn(), event.occurredAt() }));
            }
        }
        Uni<Void> removed = removals.isEmpty() ? Uni.createFrom().voidItem()
                : transaction.preparedQuery("DELETE FROM waitlist_member WHERE provider_id = $1 AND provider_entry_id = $2")
                        .executeBatch(removals).replaceWithVoid();
        return removed.flatMap(done -> upserts.isEmpty() ? Uni.createFrom().voidItem()
                : transaction.preparedQuery("INSERT INTO waitlist_member (provider_id, provider_entry_id,"
                        + " youth_pseudonym, given_name_bloom, family_name_bloom, birth_date, gender, pc4, care_function,"
                        + " municipality_code, registered_on, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
                        + " $10, $11, $12) ON CONFLICT (provider_id, provider_entry_id) DO UPDATE SET"
                        + " youth_pseudonym = EXCLUDED.youth_pseudonym, given_name_bloom = EXCLUDED.given_name_bloom,"
                        + " family_name_bloom = EXCLUDED.family_name_bloom, birth_date = EXCLUDED.birth_date,"
                        + " gender = EXCLUDED.gender, pc4 = EXCLUDED.pc4, care_function = EXCLUDED.care_function,"
                        + " municipality_code = EXCLUDED.municipality_code, registered_on = EXCLUDED.registered_on,"
                        + " updated_at = EXCLUDED.updated_at")
                        .executeBatch(upserts).replaceWithVoid());
    }

    private static RegionalWaitlist.MemberChange change(WaitlistEntryChanged event) {
        String key = RegionalWaitlist.Member.key(event.providerId(), event.providerEntryId());
        if (event.change() == WaitlistEntryChanged.Change.REMOVED) {
            return new RegionalWaitlist.MemberChange(key, null, null);
        }
        LinkageKeys keys = event.linkageKeys();
        RegionalWaitlist.Member member = new RegionalWaitlist.Member(event.providerId(), event.providerEntryId(),
                event.careFunction(), event.municipalityCode(), event.registeredOn(), event.occurredAt());
        return new RegionalWaitlist.MemberChange(key, member, new LinkRecord(event.youthPseudonym(),
                LinkRecord.words(keys.givenNameBloom()), LinkRecord.words(keys.familyNameBloom()), keys.birthDate(),
                keys.gender(), keys.pc4()));
    }
}
