package nl.plekwijzer.matching.waitlist.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.foundation.messaging.CloudEventMessages;
import nl.plekwijzer.foundation.messaging.SnapshotSender;
import nl.plekwijzer.matching.waitlist.Member;
import nl.plekwijzer.matching.waitlist.linkage.LinkageGraph;

/**
 * The regional list as it is now, as entries (one per cluster and care function), each change
 * published to the compacted regional-waitlist.v1 (key: cluster and care function): an entry whose
 * content changed, or that went away ({@code removed = true}), is handed to a {@link SnapshotSender},
 * which sends it again until the broker acknowledged it.
 */
@ApplicationScoped
public class RegionalListEntries {

    private final SnapshotSender sender;
    /** The list as it is now, by cluster and care function. */
    private final Map<String, RegionalWaitlistEntryUpdated> current = new ConcurrentHashMap<>();

    public RegionalListEntries(ObjectMapper json, CloudEventMessages cloudEvents,
            @Channel("regional-waitlist-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 20_000)
            MutinyEmitter<String> emitter) {
        this.sender = new SnapshotSender(emitter, cloudEvents, json);
    }

    /** The current entries, by cluster and care function. */
    public Map<String, RegionalWaitlistEntryUpdated> current() {
        return current;
    }

    /** The clusters that have an entry now. */
    public Set<String> clusterIds() {
        Set<String> ids = new HashSet<>();
        current.values().forEach(entry -> ids.add(entry.clusterId()));
        return ids;
    }

    /**
     * Takes the cluster's entries (one per care function) as they are now, and publishes those that
     * changed and those that went away.
     *
     * @param cluster null when the cluster no longer exists
     * @param placementStarts the latest start of a placement of the cluster's youth, per kind of place
     */
    public void update(String clusterId, LinkageGraph.Cluster cluster, Map<String, Member> members,
            Map<UnitKind, LocalDate> placementStarts) {
        OffsetDateTime now = OffsetDateTime.now();
        Map<UnitKind, RegionalWaitlistEntryUpdated> next = entriesOf(cluster, members, placementStarts, now);
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
                        List.of(), before.linkConfidence(), null, null, true, now));
            }
        }
    }

    /**
     * One entry per care function. Its municipality is that of the most recently updated member
     * that names one: when a youth moved, the newest list knows. It is placed on the start of the
     * youth's latest placement of that kind, unless the youth was put on a list again after that
     * (a new wait, after a placement that did not last).
     */
    private static Map<UnitKind, RegionalWaitlistEntryUpdated> entriesOf(LinkageGraph.Cluster cluster,
            Map<String, Member> members, Map<UnitKind, LocalDate> placementStarts, OffsetDateTime now) {
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
            LocalDate lastRegisteredOn = entryMembers.stream().map(RegionalWaitlistEntryUpdated.Member::registeredOn)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            LocalDate placedOn = placedOn(placementStarts.get(careFunction), lastRegisteredOn);
            entries.put(careFunction, new RegionalWaitlistEntryUpdated(cluster.id(), careFunction, municipality,
                    List.copyOf(entryMembers), cluster.confidence(), cluster.linkScore(), placedOn, false, now));
        });
        return entries;
    }

    /** A placement that started before the youth's latest registration ended an earlier wait, not this one. */
    static LocalDate placedOn(LocalDate placementStart, LocalDate lastRegisteredOn) {
        if (placementStart == null) {
            return null;
        }
        return lastRegisteredOn == null || !placementStart.isBefore(lastRegisteredOn) ? placementStart : null;
    }

    private static boolean sameContent(RegionalWaitlistEntryUpdated a, RegionalWaitlistEntryUpdated b) {
        return a.members().equals(b.members()) && a.linkConfidence() == b.linkConfidence()
                && Objects.equals(a.placedOn(), b.placedOn())
                && Objects.equals(a.linkScore(), b.linkScore())
                && Objects.equals(a.municipalityCode(), b.municipalityCode());
    }

    private void send(String key, RegionalWaitlistEntryUpdated entry) {
        RegionalWaitlistEntryUpdated state = new RegionalWaitlistEntryUpdated(entry.clusterId(), entry.careFunction(),
                entry.municipalityCode(), entry.members(), entry.linkConfidence(), entry.linkScore(), entry.placedOn(),
                entry.removed(), null);
        sender.send(EventType.REGIONAL_WAITLIST_ENTRY_UPDATED, key, entry, state, entry.updatedAt());
    }
}
