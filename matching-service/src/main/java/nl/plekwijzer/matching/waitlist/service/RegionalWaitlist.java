package nl.plekwijzer.matching.waitlist.service;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.CloudEventMessages;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated.LinkConfidence;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated.Member;
import nl.plekwijzer.matching.waitlist.linkage.FellegiSunter;
import nl.plekwijzer.matching.waitlist.linkage.LinkRecord;
import nl.plekwijzer.matching.waitlist.linkage.Linker;

/**
 * The one regional waiting list: all providers' entries linked into one entry per youth and care
 * function. Linked again (from scratch; 100,000 entries take about 7 s) within a second after the
 * providers' lists changed; the entries that changed or went away are published to the compacted
 * regional-waitlist.v1 (key: cluster and care function).
 */
@ApplicationScoped
public class RegionalWaitlist {

    private static final Logger LOG = Logger.getLogger(RegionalWaitlist.class);

    private final Pool pool;
    private final ObjectMapper json;
    private final CloudEventMessages cloudEvents;
    private final MutinyEmitter<String> emitter;
    private final Linker linker = new Linker(FellegiSunter.defaults());
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private volatile Map<String, RegionalWaitlistEntryUpdated> current = Map.of();
    private volatile Map<String, MemberRow> members = Map.of();

    /** A stored member with what the stats need. */
    public record MemberRow(String providerId, String providerEntryId, UnitKind careFunction, String municipalityCode) {
    }

    public RegionalWaitlist(Pool pool, ObjectMapper json, CloudEventMessages cloudEvents,
            @Channel("regional-waitlist-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000)
            MutinyEmitter<String> emitter) {
        this.pool = pool;
        this.json = json;
        this.cloudEvents = cloudEvents;
        this.emitter = emitter;
    }

    public void markChanged() {
        changed.set(true);
    }

    /** The current entries, by cluster and care function. */
    public Map<String, RegionalWaitlistEntryUpdated> entries() {
        return current;
    }

    public Map<String, MemberRow> members() {
        return members;
    }

    @Scheduled(every = "${plekwijzer.matching.waitlist-link-interval:1s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relinkIfChanged() {
        if (!changed.getAndSet(false)) {
            return Uni.createFrom().voidItem();
        }
        return pool.query("SELECT provider_id, provider_entry_id, youth_pseudonym, given_name_bloom, family_name_bloom,"
                + " birth_date, gender, pc4, care_function, municipality_code, registered_on FROM waitlist_member"
                + " ORDER BY provider_id, provider_entry_id").execute()
                .invoke(rows -> {
                    List<Row> all = new ArrayList<>();
                    rows.forEach(all::add);
                    publish(relink(all));
                })
                .onFailure().invoke(failure -> {
                    LOG.warnf("Regional waiting list not linked yet, will retry: %s", failure.getMessage());
                    changed.set(true);
                })
                .replaceWithVoid();
    }

    private Map<String, RegionalWaitlistEntryUpdated> relink(List<Row> rows) {
        List<LinkRecord> records = new ArrayList<>(rows.size());
        Map<String, MemberRow> memberRows = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String pseudonym = row.getString("youth_pseudonym");
            records.add(new LinkRecord(i, pseudonym == null ? null : pseudonym.strip(),
                    LinkRecord.words(row.getString("given_name_bloom")),
                    LinkRecord.words(row.getString("family_name_bloom")), row.getLocalDate("birth_date"),
                    Gender.valueOf(row.getString("gender")), row.getString("pc4")));
            memberRows.put(row.getString("provider_id") + "/" + row.getString("provider_entry_id"),
                    new MemberRow(row.getString("provider_id"), row.getString("provider_entry_id"),
                            UnitKind.valueOf(row.getString("care_function")), row.getString("municipality_code")));
        }
        Linker.Result result = linker.link(records);
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            clusters.computeIfAbsent(result.clusterOf()[i], k -> new ArrayList<>()).add(i);
        }
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, RegionalWaitlistEntryUpdated> entries = new LinkedHashMap<>();
        for (List<Integer> cluster : clusters.values()) {
            Row first = rows.get(cluster.get(0));
            // Named after its first member, so that the id stays while that member stays.
            String clusterId = UUID.nameUUIDFromBytes((first.getString("provider_id") + "/"
                    + first.getString("provider_entry_id")).getBytes(StandardCharsets.UTF_8)).toString();
            LinkConfidence confidence = confidence(cluster, records, result.toReview()[cluster.get(0)]);
            Map<UnitKind, List<Integer>> byCareFunction = new LinkedHashMap<>();
            cluster.forEach(i -> byCareFunction.computeIfAbsent(UnitKind.valueOf(rows.get(i).getString("care_function")),
                    k -> new ArrayList<>()).add(i));
            byCareFunction.forEach((careFunction, indices) -> {
                List<Member> entryMembers = indices.stream().map(rows::get)
                        .map(r -> new Member(r.getString("provider_id"), r.getString("provider_entry_id"),
                                r.getLocalDate("registered_on")))
                        .sorted(Comparator.comparing(Member::registeredOn, Comparator.nullsLast(
                                Comparator.<LocalDate> naturalOrder())))
                        .toList();
                String municipality = indices.stream().map(i -> rows.get(i).getString("municipality_code"))
                        .filter(Objects::nonNull).findFirst().orElse(null);
                entries.put(clusterId + "|" + careFunction, new RegionalWaitlistEntryUpdated(clusterId, careFunction,
                        municipality, entryMembers, confidence, null, false, now));
            });
        }
        members = memberRows;
        return entries;
    }

    private static LinkConfidence confidence(List<Integer> cluster, List<LinkRecord> records, boolean toReview) {
        if (cluster.size() == 1) {
            return LinkConfidence.SINGLE;
        }
        String pseudonym = records.get(cluster.get(0)).pseudonym();
        boolean allSamePseudonym = pseudonym != null
                && cluster.stream().allMatch(i -> pseudonym.equals(records.get(i).pseudonym()));
        return allSamePseudonym ? LinkConfidence.PSEUDONYM : toReview ? LinkConfidence.TO_REVIEW : LinkConfidence.LINKED;
    }

    private void publish(Map<String, RegionalWaitlistEntryUpdated> next) {
        Map<String, RegionalWaitlistEntryUpdated> before = current;
        OffsetDateTime now = OffsetDateTime.now();
        next.forEach((key, entry) -> {
            RegionalWaitlistEntryUpdated old = before.get(key);
            if (old == null || !sameContent(old, entry)) {
                send(key, entry);
            }
        });
        before.forEach((key, old) -> {
            if (!next.containsKey(key)) {
                send(key, new RegionalWaitlistEntryUpdated(old.clusterId(), old.careFunction(), old.municipalityCode(),
                        List.of(), old.linkConfidence(), null, true, now));
            }
        });
        current = next;
    }

    private static boolean sameContent(RegionalWaitlistEntryUpdated a, RegionalWaitlistEntryUpdated b) {
        return a.members().equals(b.members()) && a.linkConfidence() == b.linkConfidence()
                && Objects.equals(a.municipalityCode(), b.municipalityCode());
    }

    private void send(String key, RegionalWaitlistEntryUpdated entry) {
        try {
            emitter.sendMessage(cloudEvents.of(json.writeValueAsString(entry), null, key, UUID.randomUUID().toString(),
                    EventType.REGIONAL_WAITLIST_ENTRY_UPDATED.ceType(), entry.updatedAt()))
                    .subscribe().with(ok -> { }, failure -> LOG.warnf("Could not publish regional entry %s: %s", key,
                            failure.getMessage()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
