package nl.plekwijzer.matching.waitlist.messaging;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;
import nl.plekwijzer.matching.waitlist.linkage.LinkRecord;
import nl.plekwijzer.matching.waitlist.service.RegionalWaitlist;

/**
 * Keeps matching's copy of the providers' waiting lists from waitlist-entries.v1: each event once
 * (its id recorded in the same transaction), then handed to the regional list to be linked.
 */
@ApplicationScoped
public class WaitlistEntryConsumer {

    private final EventReader events;
    private final Pool pool;
    private final RegionalWaitlist regional;

    public WaitlistEntryConsumer(EventReader events, Pool pool, RegionalWaitlist regional) {
        this.events = events;
        this.pool = pool;
        this.regional = regional;
    }

    @Incoming("waitlist-entries-in")
    public Uni<Void> consume(String payload) {
        WaitlistEntryChanged event = events.read(payload, EventType.WAITLIST_ENTRY_CHANGED, WaitlistEntryChanged.class);
        if (event.change() != WaitlistEntryChanged.Change.REMOVED
                && (event.linkageKeys() == null || event.careFunction() == null)) {
            throw new IllegalArgumentException("An " + event.change() + " entry needs linkageKeys and careFunction");
        }
        return pool.withTransaction(transaction -> transaction
                .preparedQuery("INSERT INTO consumed_event (event_id, topic, consumed_at) VALUES ($1, $2, now())"
                        + " ON CONFLICT DO NOTHING")
                .execute(Tuple.of(event.eventId(), EventType.WAITLIST_ENTRY_CHANGED.topic().topicName()))
                .flatMap(inserted -> inserted.rowCount() == 0 ? Uni.createFrom().item(false)
                        : apply(transaction, event).replaceWith(true)))
                .invoke(applied -> {
                    if (applied) {
                        regional.memberChanged(change(event));
                    }
                })
                .replaceWithVoid();
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

    private static Uni<Void> apply(SqlConnection transaction, WaitlistEntryChanged event) {
        if (event.change() == WaitlistEntryChanged.Change.REMOVED) {
            return transaction.preparedQuery("DELETE FROM waitlist_member WHERE provider_id = $1 AND provider_entry_id = $2")
                    .execute(Tuple.of(event.providerId(), event.providerEntryId())).replaceWithVoid();
        }
        var keys = event.linkageKeys();
        return transaction.preparedQuery("INSERT INTO waitlist_member (provider_id, provider_entry_id, youth_pseudonym,"
                + " given_name_bloom, family_name_bloom, birth_date, gender, pc4, care_function, municipality_code,"
                + " registered_on, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
                + " ON CONFLICT (provider_id, provider_entry_id) DO UPDATE SET youth_pseudonym = EXCLUDED.youth_pseudonym,"
                + " given_name_bloom = EXCLUDED.given_name_bloom, family_name_bloom = EXCLUDED.family_name_bloom,"
                + " birth_date = EXCLUDED.birth_date, gender = EXCLUDED.gender, pc4 = EXCLUDED.pc4,"
                + " care_function = EXCLUDED.care_function, municipality_code = EXCLUDED.municipality_code,"
                + " registered_on = EXCLUDED.registered_on, updated_at = EXCLUDED.updated_at")
                .execute(Tuple.from(new Object[] { event.providerId(), event.providerEntryId(), event.youthPseudonym(),
                        keys.givenNameBloom(), keys.familyNameBloom(), keys.birthDate(), keys.gender().name(), keys.pc4(),
                        event.careFunction().name(), event.municipalityCode(), event.registeredOn(),
                        event.occurredAt() }))
                .replaceWithVoid();
    }
}
