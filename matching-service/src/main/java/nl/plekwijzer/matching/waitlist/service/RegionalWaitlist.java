package nl.plekwijzer.matching.waitlist.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.matching.placement.Placement;
import nl.plekwijzer.matching.placement.repository.PlacementRepository;
import nl.plekwijzer.matching.waitlist.HistoryLine;
import nl.plekwijzer.matching.waitlist.Member;
import nl.plekwijzer.matching.waitlist.MemberChange;
import nl.plekwijzer.matching.waitlist.linkage.FellegiSunter;
import nl.plekwijzer.matching.waitlist.linkage.LinkageGraph;
import nl.plekwijzer.matching.waitlist.linkage.LinkageModel;
import nl.plekwijzer.matching.waitlist.linkage.Review;
import nl.plekwijzer.matching.waitlist.repository.WaitlistRepository.ClusterAssignment;
import nl.plekwijzer.matching.waitlist.repository.WaitlistRepository;

/**
 * The one regional waiting list: all providers' entries linked into one entry per youth and care
 * function. The links live in a {@link LinkageGraph} in memory; a changed entry is compared again
 * and only the clusters it touches are formed again, within a second. Cluster ids and a history
 * (who joined or left which cluster and why; coordinators' splits and merges) are stored
 * ({@link WaitlistRepository}), so ids and manual decisions survive a restart; the entries that
 * changed or went away are published ({@link RegionalListEntries}). A youth's entries for a care
 * function are marked placed once a placement of that kind starts (known from the placements here).
 */
@ApplicationScoped
public class RegionalWaitlist {

    private static final Logger LOG = Logger.getLogger(RegionalWaitlist.class);

    private final WaitlistRepository store;
    private final RegionalListEntries entries;
    private final PlacementRepository placements;
    private final Queue<MemberChange> pending = new ConcurrentLinkedQueue<>();
    /** The latest start of a placement per youth (pseudonym) and kind of place. */
    private final Map<String, Map<UnitKind, LocalDate>> placementStarts = new ConcurrentHashMap<>();
    /** Youths placed since the last run, whose entries are published again. */
    private final Queue<String> placedPending = new ConcurrentLinkedQueue<>();
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    private final AtomicBoolean linkRequested = new AtomicBoolean();
    private LinkageGraph graph;
    private boolean reloadNeeded = true;
    /** Set at each load: read without waiting for a link run. */
    private volatile LinkageModel.Parameters linkageParameters;
    /** Entries at the last fit of the linkage model, and changes applied since. */
    private int entriesAtFit;
    private int changedSinceFit;

    public RegionalWaitlist(WaitlistRepository store, RegionalListEntries entries, PlacementRepository placements) {
        this.store = store;
        this.entries = entries;
        this.placements = placements;
    }

    /** Called after a provider's entry was stored; applied at the next link run. */
    public void memberChanged(MemberChange change) {
        pending.add(change);
    }

    /**
     * The youth was placed in a place of this kind from {@code start}: their entries for that care
     * function are marked placed (they leave the waiting count) at the next run, which is asked for now.
     */
    public void youthPlaced(String youthPseudonym, UnitKind kind, LocalDate start) {
        if (youthPseudonym == null || kind == null || start == null) {
            return;
        }
        placementStarts.computeIfAbsent(youthPseudonym, k -> new ConcurrentHashMap<>())
                .merge(kind, start, (a, b) -> a.isAfter(b) ? a : b);
        placedPending.add(youthPseudonym);
        linkSoon();
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
        return entries.current();
    }

    /** The providers' entries, by member key. */
    public Map<String, Member> members() {
        return members;
    }

    /** The linkage model's parameters as the list was last linked with them; null before the first run. */
    public LinkageModel.Parameters linkageParameters() {
        return linkageParameters;
    }

    public synchronized LinkageGraph.Cluster cluster(String clusterId) {
        return graph == null ? null : graph.cluster(clusterId);
    }

    public synchronized String pseudonymOf(String member) {
        var record = graph == null ? null : graph.record(member);
        return record == null ? null : record.pseudonym();
    }

    public Uni<List<HistoryLine>> history(String clusterId) {
        return store.history(clusterId);
    }

    /** Applies the pending changes; when that fails, the next run loads everything again. */
    public void linkPendingChanges() {
        try {
            link();
        } catch (RuntimeException e) {
            LOG.warnf("Regional waiting list not linked, will load it again: %s", TransientFailures.describe(e));
        }
    }

    /**
     * Learns the linkage model again and links everything again from scratch from what is stored,
     * as at start-up. Returns the number of clusters.
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
        List<HistoryLine> history = clusterIds.stream()
                .map(id -> new HistoryLine(id, event, null, reason, actor, now)).toList();
        store.saveDecisions(decisions, actor, reason, now, history).await().indefinitely();
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
        if (reloadNeeded || changedSinceFit + pending.size() > Math.max(LinkageModel.MIN_RECORDS_TO_FIT, entriesAtFit)) {
            // As many changes as the list had entries when the model was learnt: learnt again and
            // linked again with it (every cluster published again, so not more often: a list filled
            // from nothing is learnt again at 300, 600, 1,200... entries).
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
        changedSinceFit += applied;
        LinkageGraph.Changes changes = graph.recluster();
        Set<String> placedClusters = new HashSet<>();
        String placed;
        while ((placed = placedPending.poll()) != null) {
            graph.membersWithPseudonym(placed).forEach(member -> placedClusters.add(graph.clusterIdOf(member)));
        }
        placedClusters.remove(null);
        // Every change, also one to an entry's registration alone, re-forms its cluster: Changes holds them all.
        if (!changes.isEmpty()) {
            long linked = System.nanoTime();
            store(changes);
            long stored = System.nanoTime();
            changes.clusters().forEach(cluster -> publish(cluster.id()));
            changes.removedClusterIds().forEach(this::publish);
            LOG.logf(applied >= 100 ? Logger.Level.INFO : Logger.Level.DEBUG,
                    "Linked %d changed entries: %d clusters formed again, %d moves; linked in %d ms, stored in %d ms,"
                            + " published in %d ms",
                    applied, changes.clusters().size(), changes.moves().size(), (linked - start) / 1_000_000,
                    (stored - linked) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
        }
        // Published after the cluster ids are stored, so an entry never carries an id that was not.
        placedClusters.forEach(this::publish);
    }

    /**
     * Learns the linkage model from the stored entries and builds the graph again from them, the
     * decisions and the cluster ids.
     */
    private void load() {
        long start = System.nanoTime();
        Map<String, Member> stored = new HashMap<>();
        TreeMap<String, WaitlistRepository.StoredMember> byKey = new TreeMap<>();
        // Awaited and linked here, on this worker thread, not in the database client's event loop.
        for (WaitlistRepository.StoredMember member : store.members().await().indefinitely()) {
            byKey.put(member.member().key(), member);
        }
        LinkageModel model = LinkageModel.fit(byKey.values().stream().map(WaitlistRepository.StoredMember::record).toList());
        long fitted = System.nanoTime();
        LinkageGraph fresh = new LinkageGraph(FellegiSunter.of(model), () -> UUID.randomUUID().toString());
        byKey.forEach((key, member) -> {
            fresh.put(key, member.record());
            if (member.clusterId() != null) {
                fresh.restoreClusterId(key, member.clusterId());
            }
            stored.put(key, member.member());
        });
        store.decisions().await().indefinitely()
                .forEach(d -> fresh.decide(d.memberA(), d.memberB(), d.mustLink()));
        placedPending.clear();
        placementStarts.clear();
        for (Placement placement : placements.latestStartPerYouthAndKind().await().indefinitely()) {
            placementStarts.computeIfAbsent(placement.youthPseudonym(), k -> new ConcurrentHashMap<>())
                    .merge(placement.kind(), placement.startDate(), (a, b) -> a.isAfter(b) ? a : b);
        }
        graph = fresh;
        linkageParameters = model.parameters();
        entriesAtFit = stored.size();
        changedSinceFit = 0;
        members.clear();
        members.putAll(stored);
        reloadNeeded = false;
        LinkageGraph.Changes all = graph.recluster();
        store(all);
        // Entries published before that no longer exist are published as removed.
        Set<String> clusterIds = entries.clusterIds();
        all.clusters().forEach(cluster -> clusterIds.add(cluster.id()));
        clusterIds.forEach(this::publish);
        LOG.infof("Regional waiting list loaded and linked from scratch: %d entries in %d clusters, in %d ms"
                + " (linkage model %s in %d ms)", stored.size(), all.clusters().size(),
                (System.nanoTime() - start) / 1_000_000, model.parameters().learnt() ? "learnt" : "prior",
                (fitted - start) / 1_000_000);
    }

    /** Stores each member's new cluster id and a history line for every move, in one transaction. */
    private void store(LinkageGraph.Changes changes) {
        if (changes.moves().isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, LinkageGraph.Cluster> formed = new HashMap<>();
        changes.clusters().forEach(cluster -> formed.put(cluster.id(), cluster));
        List<ClusterAssignment> assignments = new ArrayList<>();
        List<HistoryLine> history = new ArrayList<>();
        for (LinkageGraph.Move move : changes.moves()) {
            if (move.from() != null) {
                history.add(new HistoryLine(move.from(), "LEFT", move.member(),
                        move.to() == null ? "no longer on the provider's list" : "moved to cluster " + move.to(), null,
                        now));
            }
            if (move.to() != null) {
                assignments.add(new ClusterAssignment(move.member(), move.to()));
                history.add(new HistoryLine(move.to(), "JOINED", move.member(),
                        why(formed.get(move.to()).evidence().get(move.member())), null, now));
            }
        }
        store.saveClusters(assignments, history).await().indefinitely();
    }

    private void publish(String clusterId) {
        LinkageGraph.Cluster cluster = graph.cluster(clusterId);
        Map<UnitKind, LocalDate> starts = new EnumMap<>(UnitKind.class);
        if (cluster != null) {
            for (String member : cluster.members()) {
                var record = graph.record(member);
                Map<UnitKind, LocalDate> ofYouth = record == null || record.pseudonym() == null ? null
                        : placementStarts.get(record.pseudonym());
                if (ofYouth != null) {
                    ofYouth.forEach((kind, start) -> starts.merge(kind, start, (a, b) -> a.isAfter(b) ? a : b));
                }
            }
        }
        entries.update(clusterId, cluster, members, starts);
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
}
