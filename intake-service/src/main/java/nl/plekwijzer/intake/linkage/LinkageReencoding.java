package nl.plekwijzer.intake.linkage;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged.Change;
import nl.plekwijzer.contracts.linkage.LinkageEncoder;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.HibernateSql;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.intake.request.PlacementRequest;
import nl.plekwijzer.intake.request.mapping.RequestMapping;
import nl.plekwijzer.intake.waitlist.ProviderWaitlistEntry;
import nl.plekwijzer.intake.waitlist.service.WaitlistReplacement;

/**
 * Publishes every current waiting-list entry and placement request again when the linkage keys
 * got a new form ({@link LinkageEncoder#VERSION} above the stored one): matching cannot turn old
 * keys into new ones, it never holds the key. One transaction, so the events and the new version
 * are stored together; the row lock makes a second instance wait and then find nothing to do.
 * The outbox is locked against writes before anything is read: a change that wrote its events
 * before is read as it committed, and one that writes after gets later outbox rows, so a state
 * published here never overtakes a newer one. Runs soon after start and, after a failure, at the
 * next check.
 */
@ApplicationScoped
public class LinkageReencoding {

    private static final Logger LOG = Logger.getLogger(LinkageReencoding.class);

    private final WaitlistReplacement waitlists;
    private final RequestMapping requests;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private volatile boolean current;

    public LinkageReencoding(WaitlistReplacement waitlists, RequestMapping requests, Outbox outbox, OutboxRelay relay) {
        this.waitlists = waitlists;
        this.requests = requests;
        this.outbox = outbox;
        this.relay = relay;
    }

    @Scheduled(every = "${plekwijzer.intake.reencoding-check-interval:10s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        if (current) {
            return Uni.createFrom().voidItem();
        }
        return TransientFailures.untilNextRun("Publishing linkage keys in their new form", reencodeIfOutdated()
                .invoke(published -> {
                    current = true;
                    if (published > 0) {
                        LOG.infof("Linkage keys in form %d: %d entries and requests published again",
                                LinkageEncoder.VERSION, published);
                        relay.wake();
                    }
                }).replaceWithVoid());
    }

    /** Publishes everything again when the stored form is older; returns how many events. */
    public Uni<Integer> reencodeIfOutdated() {
        return Panache.withTransaction(() -> HibernateSql.current().flatMap(tx -> tx
                .queryColumn("SELECT version FROM linkage_encoding FOR UPDATE")
                .flatMap(versions -> ((Number) versions.get(0)).intValue() >= LinkageEncoder.VERSION
                        ? Uni.createFrom().item(0)
                        : tx.executeEach("LOCK TABLE outbox IN EXCLUSIVE MODE", List.of(List.of()))
                                .flatMap(locked -> everything()).flatMap(events -> outbox.add(tx, events)
                                .flatMap(added -> tx.executeEach("UPDATE linkage_encoding SET version = $1",
                                        List.of(List.<Object>of(LinkageEncoder.VERSION))))
                                .replaceWith(events.size())))));
    }

    private Uni<List<Outbox.Entry>> everything() {
        OffsetDateTime now = StoredTime.now();
        return ProviderWaitlistEntry.<ProviderWaitlistEntry>listAll().flatMap(entries -> {
            List<Outbox.Entry> events = new ArrayList<>();
            entries.forEach(entry -> events.add(waitlists.event(Change.CHANGED, entry.providerId, entry.toEntry(), now)));
            return PlacementRequest.<PlacementRequest>listAll().map(all -> {
                all.forEach(request -> events.add(requests.toEvent(request)));
                return events;
            });
        });
    }
}
