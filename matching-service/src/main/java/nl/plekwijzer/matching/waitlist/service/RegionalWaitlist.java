package nl.plekwijzer.matching.waitlist.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.foundation.messaging.CloudEventMessages;
import nl.plekwijzer.foundation.messaging.SnapshotSender;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.matching.waitlist.linkage.FellegiSunter;
import nl.plekwijzer.matching.waitlist.linkage.LinkRecord;
import nl.plekwijzer.matching.waitlist.linkage.LinkageGraph;
import nl.plekwijzer.matching.waitlist.linkage.Review;

/**
 * The one regional waiting list: all providers' entries linked into one entry per youth and care
 * function. The links live in a {@link LinkageGraph} in memory; a changed entry is compared again
 * and only the clusters it touches are formed again, within a second. Cluster ids and a history
 * (who joined or left which cluster and why; coordinators' splits and merges) are stored, so ids
 * and manual decisions survive a restart. The entries that changed or went away are published to
 * the compacted regional-waitlist.v1 (key: cluster and care function).
 */
@ApplicationScoped
public class RegionalWaitlist {

    private static final Logger LOG = Logger.getLogger(RegionalWaitlist.class);

    /** A provider's entry with what the list and the counts need (pseudonymous). */
    public record Member(String providerId, String providerEntryId, UnitKind careFunction, String municipalityCode,
            LocalDate registeredOn, OffsetDateTime updatedAt) {

        public String key() {
            return key(providerId, providerEntryId);
        }

        public static String key(String providerId, String providerEntryId) {
            return providerId + "/" + providerEntryId;
        }

        /** The provider id of a key; provider ids hold no slash, entry ids may. */
        public static String providerIdOf(String key) {
            return key.substring(0, key.indexOf('/'));
        }

        public static String providerEntryIdOf(String key) {
            return key.substring(key.indexOf('/') + 1);
        }
    }

    /** A provider's entry added or changed (with its linkage record), or removed (record null). */
    public record MemberChange(String key, Member member, LinkRecord record) {
    }

    /** A history line: an entry joined or left a cluster, or a coordinator split, merged or confirmed it. */
    public record HistoryLine(String clusterId, String event, String member, String detail, String actor,
            OffsetDateTime at) {
    }

    private final Pool pool;
    private final SnapshotSender sender;
    private final Queue<MemberChange> pending = new ConcurrentLinkedQueue<>();
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    /** The list as it is now, by cluster and care function; each change is handed to {@link #sender}. */
    private final Map<String, RegionalWaitlistEntryUpdated> current = new ConcurrentHashMap<>();
    private final AtomicBoolean linkRequested = new AtomicBoolean();
    private LinkageGraph graph;
    private boolean reloadNeeded = true;

    public RegionalWaitlist(Pool pool, ObjectMapper json, CloudEventMessages cloudEvents,
            @Channel("regional-waitlist-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000)
            MutinyEmitter<String> emitter) {
        this.pool = pool;
        this.sender = new SnapshotSender(emitter, cloudEvents, json);
    }

    /** Called after a provider's entry was stored; applied at the next link run. */
    public void memberChanged(MemberChange change) {
        pending.add(change);
    }

    /** Links what is pending now, on a worker thread, rather than at the next scheduled run. */
    public void linkSoon() {
        if (linkRequested.compareAndSet(false, true)) {
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                linkRequested.set(false);
                linkPendingChanges();
            });
        }
    }

    /** The current entries, by cluster and care function. */
    public Map<String, RegionalWaitlistEntryUpdated> entries() {
        return current;
    }

    /** The providers' entries, by member key. */
    public Map<String, Member> members() {
        return members;
    }

    public synchronized LinkageGraph.Cluster cluster(String clusterId) {
        return graph == null ? null : graph.cluster(clusterId);
    }

    public synchronized String pseudonymOf(String member) {
        LinkRecord record = graph == null ? null : graph.record(member);
        return record == null ? null : record.pseudonym();
    }

    @Scheduled(every = "${plekwijzer.matching.waitlist-link-interval:1s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void linkPendingChanges() {
        try {
            link();
        } catch (RuntimeException e) {
            LOG.warnf("Regional waiting list not linked, will load it again: %s", e.getMessage());
        }
    }

    /**
     * Links everything again from scratch from what is stored, as at start-up (after changing the
     * thresholds, say). Returns the number of clusters.
     */
    public synchronized int relinkFromScratch() {
        reloadNeeded = true;
        link();
        return graph.clusterCount();
    }

    /**
     * Stores a coordinator's decisions with a history line on each cluster concerned, then links at
     * once. Returns the clusters the decided members are in afterwards.
     */
    public synchronized List<LinkageGraph.Cluster> decide(List<Review.Decision> decisions, String event,
            Set<String> clusterIds, String actor, String reason) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Tuple> decisionRows = decisions.stream()
                .map(d -> {
                    boolean ordered = d.memberA().compareTo(d.memberB()) < 0;
                    return Tuple.of(ordered ? d.memberA() : d.memberB(), ordered ? d.memberB() : d.memberA(),
                            d.mustLink(), actor, reason, now);
                })
                .toList();
        List<HistoryLine> history = clusterIds.stream()
                .map(id -> new HistoryLine(id, event, null, reason, actor, now)).toList();
        pool.withTransaction(transaction -> transaction.preparedQuery("INSERT INTO waitlist_link_decision"
                + " (member_a, member_b, must_link, decided_by, reason, decided_at) VALUES ($1, $2, $3, $4, $5, $6)"
                + " ON CONFLICT (member_a, member_b) DO UPDATE SET must_link = EXCLUDED.must_link,"
                + " decided_by = EXCLUDED.decided_by, reason = EXCLUDED.reason, decided_at = EXCLUDED.decided_at")
                .executeBatch(decisionRows)
                .flatMap(done -> insertHistory(transaction, history)))
                .await().indefinitely();
        if (!reloadNeeded) {
            decisions.forEach(d -> graph.decide(d.memberA(), d.memberB(), d.mustLink()));
        }
        link();
        Map<String, LinkageGraph.Cluster> after = new LinkedHashMap<>();
        decisions.forEach(d -> {
            for (String member : List.of(d.memberA(), d.memberB())) {
                LinkageGraph.Cluster cluster = graph.cluster(graph.clusterIdOf(member));
                if (cluster != null) {
                    after.putIfAbsent(cluster.id(), cluster);
                }
            }
        });
        return List.copyOf(after.values());
    }

    public Uni<List<HistoryLine>> history(String clusterId) {
        return pool.preparedQuery("SELECT cluster_id, event, member, detail, actor, occurred_at"
                + " FROM waitlist_cluster_history WHERE cluster_id = $1 ORDER BY id")
                .execute(Tuple.of(UUID.fromString(clusterId)))
                .map(rows -> {
                    List<HistoryLine> lines = new ArrayList<>();
                    rows.forEach(row -> lines.add(new HistoryLine(row.getUUID("cluster_id").toString(),
                            row.getString("event"), row.getString("member"), row.getString("detail"),
                            row.getString("actor"), row.getOffsetDateTime("occurred_at"))));
                    return lines;
                });
    }

    /**
     * Applies what is pending (or loads everything again), stores ids and history, publishes the
     * changes. When anything fails, the next run loads everything again from the database.
     */
    private synchronized void link() {
        try {
            applyPending();
        } catch (RuntimeException e) {
            reloadNeeded = true;
            throw e;
        }
    }

    private void applyPending() {
        if (reloadNeeded) {
            load();
        }
        long start = System.nanoTime();
        int applied = 0;
        MemberChange change;
        while ((change = pending.poll()) != null) {
            applied++;
            if (change.member() == null) {
                graph.remove(change.key());
                members.remove(change.key());
            } else {
                graph.put(change.key(), change.record());
                members.put(change.key(), change.member());
            }
        }
        LinkageGraph.Changes changes = graph.recluster();
        // Every change, also one to an entry's registration alone, re-forms its cluster: Changes holds them all.
        if (changes.isEmpty()) {
            return;
        }
        long linked = System.nanoTime();
        store(changes);
        long stored = System.nanoTime();
        changes.clusters().forEach(cluster -> publishCluster(cluster.id()));
        changes.removedClusterIds().forEach(this::publishCluster);
        LOG.logf(applied >= 100 ? Logger.Level.INFO : Logger.Level.DEBUG,
                "Linked %d changed entries: %d clusters formed again, %d moves; linked in %d ms, stored in %d ms,"
                        + " published in %d ms",
                applied, changes.clusters().size(), changes.moves().size(), (linked - start) / 1_000_000,
                (stored - linked) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
    }

    /** Builds the graph again from the stored entries, decisions and cluster ids. */
    private void load() {
        long start = System.nanoTime();
        LinkageGraph fresh = new LinkageGraph(FellegiSunter.defaults(), () -> UUID.randomUUID().toString());
        Map<String, Member> stored = new HashMap<>();
        pool.query("SELECT provider_id, provider_entry_id, youth_pseudonym, given_name_bloom, family_name_bloom,"
                + " birth_date, gender, pc4, care_function, municipality_code, registered_on, updated_at, cluster_id"
                + " FROM waitlist_member").execute().await().indefinitely()
                // Linked here, on this worker thread, not in the database client's event loop.
                .forEach(row -> {
                    Member member = new Member(row.getString("provider_id"), row.getString("provider_entry_id"),
                            UnitKind.valueOf(row.getString("care_function")), row.getString("municipality_code"),
                            row.getLocalDate("registered_on"), row.getOffsetDateTime("updated_at"));
                    fresh.put(member.key(), linkRecord(row));
                    UUID clusterId = row.getUUID("cluster_id");
                    if (clusterId != null) {
                        fresh.restoreClusterId(member.key(), clusterId.toString());
                    }
                    stored.put(member.key(), member);
                });
        pool.query("SELECT member_a, member_b, must_link FROM waitlist_link_decision").execute().await().indefinitely()
                .forEach(row -> fresh.decide(row.getString("member_a"), row.getString("member_b"),
                        row.getBoolean("must_link")));
        graph = fresh;
        members.clear();
        members.putAll(stored);
        reloadNeeded = false;
        LinkageGraph.Changes all = graph.recluster();
        store(all);
        // Entries published before that no longer exist are published as removed.
        Set<String> clusterIds = new HashSet<>();
        current.values().forEach(entry -> clusterIds.add(entry.clusterId()));
        all.clusters().forEach(cluster -> clusterIds.add(cluster.id()));
        clusterIds.forEach(this::publishCluster);
        LOG.infof("Regional waiting list loaded and linked from scratch: %d entries in %d clusters, in %d ms",
                stored.size(), all.clusters().size(), (System.nanoTime() - start) / 1_000_000);
    }

    static LinkRecord linkRecord(Row row) {
        String pseudonym = row.getString("youth_pseudonym");
        return new LinkRecord(pseudonym == null ? null : pseudonym.strip(),
                LinkRecord.words(row.getString("given_name_bloom")), LinkRecord.words(row.getString("family_name_bloom")),
                row.getLocalDate("birth_date"), Gender.valueOf(row.getString("gender")), row.getString("pc4"));
    }

    /** Stores each member's new cluster id and a history line for every move, in one transaction. */
    private void store(LinkageGraph.Changes changes) {
        if (changes.moves().isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, LinkageGraph.Cluster> formed = new HashMap<>();
        changes.clusters().forEach(cluster -> formed.put(cluster.id(), cluster));
        List<Tuple> ids = new ArrayList<>();
        List<HistoryLine> history = new ArrayList<>();
        for (LinkageGraph.Move move : changes.moves()) {
            if (move.from() != null) {
                history.add(new HistoryLine(move.from(), "LEFT", move.member(),
                        move.to() == null ? "no longer on the provider's list" : "moved to cluster " + move.to(), null,
                        now));
            }
            if (move.to() != null) {
                ids.add(Tuple.of(UUID.fromString(move.to()), Member.providerIdOf(move.member()),
                        Member.providerEntryIdOf(move.member())));
                history.add(new HistoryLine(move.to(), "JOINED", move.member(),
                        why(formed.get(move.to()).evidence().get(move.member())), null, now));
            }
        }
        pool.withTransaction(transaction -> (ids.isEmpty() ? Uni.createFrom().voidItem()
                : transaction.preparedQuery("UPDATE waitlist_member SET cluster_id = $1"
                        + " WHERE provider_id = $2 AND provider_entry_id = $3").executeBatch(ids).replaceWithVoid())
                .flatMap(done -> insertHistory(transaction, history)))
                .await().indefinitely();
    }

    private static String why(LinkageGraph.Evidence evidence) {
        if (evidence == null) {
            return "a cluster of its own: no other entry links to it";
        }
        return switch (evidence.kind()) {
            case MANUAL -> "merged by a coordinator with " + evidence.linkedTo();
            case PSEUDONYM -> "same BSN pseudonym as " + evidence.linkedTo();
            case LINK -> String.format("linked to %s, score %.2f", evidence.linkedTo(), evidence.weight());
            case REVIEW -> String.format("linked to %s for review, score %.2f", evidence.linkedTo(), evidence.weight());
        };
    }

    private static Uni<Void> insertHistory(SqlConnection transaction, List<HistoryLine> history) {
        if (history.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery("INSERT INTO waitlist_cluster_history (cluster_id, event, member, detail,"
                + " actor, occurred_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .executeBatch(history.stream().map(line -> Tuple.of(UUID.fromString(line.clusterId()), line.event(),
                        line.member(), line.detail(), line.actor(), line.at())).toList())
                .replaceWithVoid();
    }

    /** Publishes the cluster's entries (one per care function) that changed, and those that went away. */
    private void publishCluster(String clusterId) {
        OffsetDateTime now = OffsetDateTime.now();
        Map<UnitKind, RegionalWaitlistEntryUpdated> next = entriesOf(graph.cluster(clusterId), now);
        for (UnitKind careFunction : UnitKind.values()) {
            String key = clusterId + "|" + careFunction;
            RegionalWaitlistEntryUpdated before = current.get(key);
            RegionalWaitlistEntryUpdated after = next.get(careFunction);
            if (after != null && (before == null || !sameContent(before, after))) {
                current.put(key, after);
                send(key, after);
            } else if (after == null && before != null) {
                current.remove(key);
                send(key, new RegionalWaitlistEntryUpdated(clusterId, careFunction, before.municipalityCode(),
                        List.of(), before.linkConfidence(), null, true, now));
            }
        }
    }

    /**
     * One entry per care function. Its municipality is that of the most recently updated member
     * that names one: when a youth moved, the newest list knows.
     */
    private Map<UnitKind, RegionalWaitlistEntryUpdated> entriesOf(LinkageGraph.Cluster cluster, OffsetDateTime now) {
        Map<UnitKind, RegionalWaitlistEntryUpdated> entries = new HashMap<>();
        if (cluster == null) {
            return entries;
        }
        List<Member> inCluster = cluster.members().stream().map(members::get).filter(Objects::nonNull).toList();
        String municipality = inCluster.stream().filter(m -> m.municipalityCode() != null)
                .max(Comparator.comparing(Member::updatedAt)).map(Member::municipalityCode).orElse(null);
        Map<UnitKind, List<RegionalWaitlistEntryUpdated.Member>> byCareFunction = new HashMap<>();
        inCluster.forEach(m -> byCareFunction.computeIfAbsent(m.careFunction(), k -> new ArrayList<>())
                .add(new RegionalWaitlistEntryUpdated.Member(m.providerId(), m.providerEntryId(), m.registeredOn())));
        byCareFunction.forEach((careFunction, entryMembers) -> {
            entryMembers.sort(Comparator.comparing(RegionalWaitlistEntryUpdated.Member::registeredOn,
                    Comparator.nullsLast(Comparator.<LocalDate> naturalOrder()))
                    .thenComparing(RegionalWaitlistEntryUpdated.Member::providerId)
                    .thenComparing(RegionalWaitlistEntryUpdated.Member::providerEntryId));
            entries.put(careFunction, new RegionalWaitlistEntryUpdated(cluster.id(), careFunction, municipality,
                    List.copyOf(entryMembers), cluster.confidence(), cluster.linkScore(), false, now));
        });
        return entries;
    }

    private static boolean sameContent(RegionalWaitlistEntryUpdated a, RegionalWaitlistEntryUpdated b) {
        return a.members().equals(b.members()) && a.linkConfidence() == b.linkConfidence()
                && Objects.equals(a.linkScore(), b.linkScore())
                && Objects.equals(a.municipalityCode(), b.municipalityCode());
    }

    private void send(String key, RegionalWaitlistEntryUpdated entry) {
        sender.send(EventType.REGIONAL_WAITLIST_ENTRY_UPDATED, key, entry,
                new RegionalWaitlistEntryUpdated(entry.clusterId(), entry.careFunction(), entry.municipalityCode(),
                        entry.members(), entry.linkConfidence(), entry.linkScore(), entry.removed(), null),
                entry.updatedAt());
    }
}
