package nl.plekwijzer.intake.waitlist.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged.Change;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.HibernateSql;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.contracts.linkage.LinkageEncoder;
import nl.plekwijzer.intake.waitlist.ProviderWaitlistEntry;
import nl.plekwijzer.intake.waitlist.WaitlistDiff;
import nl.plekwijzer.intake.waitlist.WaitlistEntry;
import nl.plekwijzer.intake.waitlist.WaitlistRows;
import nl.plekwijzer.intake.waitlist.repository.WaitlistRepository;

/**
 * Replaces a provider's waiting list with a new one and publishes exactly the differences on
 * waitlist-entries.v2, pseudonymous, in the same transaction (through the outbox). An entry whose
 * new row was refused keeps its previous version, so a typo never takes a youth off the list.
 */
@ApplicationScoped
public class WaitlistReplacement {

    /** What the replacement did. */
    public record Outcome(int accepted, int added, int changed, int removed, int unchanged, int keptPrevious) {
    }

    private final WaitlistRepository waitlists;
    private final LinkageEncoder linkageKeys;
    private final Outbox outbox;
    private final OutboxRelay relay;

    public WaitlistReplacement(WaitlistRepository waitlists, LinkageEncoder linkageKeys, Outbox outbox,
            OutboxRelay relay) {
        this.waitlists = waitlists;
        this.linkageKeys = linkageKeys;
        this.outbox = outbox;
        this.relay = relay;
    }

    public Uni<Outcome> replace(String providerId, WaitlistRows.Checked checked) {
        return Panache.withTransaction(() -> waitlists.lockListOf(providerId).flatMap(stored -> {
            Map<String, ProviderWaitlistEntry> storedById = new HashMap<>();
            stored.forEach(e -> storedById.put(e.providerEntryId, e));

            List<WaitlistEntry> next = new ArrayList<>(checked.entries());
            Set<String> nextIds = new HashSet<>();
            next.forEach(e -> nextIds.add(e.providerEntryId()));
            int keptPrevious = 0;
            for (String refusedId : checked.refusedEntryIds()) {
                ProviderWaitlistEntry previous = storedById.get(refusedId);
                if (previous != null && !nextIds.contains(refusedId)) {
                    next.add(previous.toEntry());
                    keptPrevious++;
                }
            }

            WaitlistDiff diff = WaitlistDiff.between(stored.stream().map(ProviderWaitlistEntry::toEntry).toList(), next);
            OffsetDateTime now = StoredTime.now();
            List<Outbox.Entry> events = new ArrayList<>();
            List<ProviderWaitlistEntry> toPersist = new ArrayList<>();
            for (WaitlistEntry entry : diff.added()) {
                ProviderWaitlistEntry row = new ProviderWaitlistEntry();
                row.providerId = providerId;
                row.setFrom(entry, now);
                toPersist.add(row);
                events.add(event(Change.ADDED, providerId, entry, now));
            }
            for (WaitlistEntry entry : diff.changed()) {
                storedById.get(entry.providerEntryId()).setFrom(entry, now);
                events.add(event(Change.CHANGED, providerId, entry, now));
            }
            List<ProviderWaitlistEntry> toDelete = new ArrayList<>();
            for (WaitlistEntry entry : diff.removed()) {
                toDelete.add(storedById.get(entry.providerEntryId()));
                events.add(event(Change.REMOVED, providerId, entry, now));
            }
            int unchanged = next.size() - diff.added().size() - diff.changed().size();
            Outcome outcome = new Outcome(checked.entries().size(), diff.added().size(), diff.changed().size(),
                    diff.removed().size(), unchanged, keptPrevious);
            return Panache.getSession()
                    .flatMap(session -> session.removeAll(toDelete.toArray())
                            .flatMap(removed -> session.persistAll(toPersist.toArray())))
                    .flatMap(persisted -> HibernateSql.current()).flatMap(tx -> outbox.add(tx, events))
                    .replaceWith(outcome);
        })).invoke(relay::wake);
    }

    /** The event of a change to a provider's entry, with the entry's linkage keys. */
    public Outbox.Entry event(Change change, String providerId, WaitlistEntry entry, OffsetDateTime now) {
        var event = new WaitlistEntryChanged(UUID.randomUUID(), change, providerId, entry.providerEntryId(),
                entry.youthPseudonym(),
                linkageKeys.keysOf(entry.givenName(), entry.familyNamePrefix(), entry.familyName(), entry.birthDate(),
                        entry.gender(), entry.postcode()),
                entry.careFunction(), entry.municipalityCode(), entry.registeredOn(), now);
        return new Outbox.Entry(EventType.WAITLIST_ENTRY_CHANGED, providerId, event);
    }
}
