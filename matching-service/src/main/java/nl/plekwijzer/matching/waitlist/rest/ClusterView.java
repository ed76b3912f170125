package nl.plekwijzer.matching.waitlist.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated.LinkConfidence;
import nl.plekwijzer.matching.waitlist.HistoryLine;
import nl.plekwijzer.matching.waitlist.Member;
import nl.plekwijzer.matching.waitlist.linkage.LinkageGraph;

/**
 * One youth on the regional waiting list, for a coordinator reviewing links: the entries, why each
 * is in the cluster, and the cluster's history (history only when asked for the one cluster).
 */
public record ClusterView(String clusterId, LinkConfidence linkConfidence, BigDecimal linkScore,
        List<MemberView> members, List<HistoryView> history) {

    /** A provider's entry; {@code linkedBy} is its strongest link into the cluster (null when alone). */
    public record MemberView(String providerId, String providerEntryId, UnitKind careFunction, LocalDate registeredOn,
            String municipalityCode, LinkView linkedBy) {
    }

    /** A link to another entry: MANUAL (merged), PSEUDONYM (same BSN), LINK or REVIEW with its score. */
    public record LinkView(String providerId, String providerEntryId, LinkageGraph.Kind kind, BigDecimal score) {
    }

    public record HistoryView(String event, String providerId, String providerEntryId, String detail, String actor,
            OffsetDateTime at) {
    }

    public static ClusterView of(LinkageGraph.Cluster cluster, Map<String, Member> members,
            List<HistoryLine> history) {
        List<MemberView> memberViews = cluster.members().stream().map(key -> {
            Member member = members.get(key);
            LinkageGraph.Evidence evidence = cluster.evidence().get(key);
            return new MemberView(Member.providerIdOf(key), Member.providerEntryIdOf(key),
                    member == null ? null : member.careFunction(), member == null ? null : member.registeredOn(),
                    member == null ? null : member.municipalityCode(), evidence == null ? null : link(evidence));
        }).toList();
        List<HistoryView> historyViews = history == null ? null : history.stream().map(line -> {
            String member = line.member();
            return new HistoryView(line.event(), member == null ? null : Member.providerIdOf(member),
                    member == null ? null : Member.providerEntryIdOf(member), line.detail(),
                    line.actor(), line.at());
        }).toList();
        return new ClusterView(cluster.id(), cluster.confidence(), cluster.linkScore(), memberViews, historyViews);
    }

    private static LinkView link(LinkageGraph.Evidence evidence) {
        String other = evidence.linkedTo();
        boolean scored = evidence.kind() == LinkageGraph.Kind.LINK || evidence.kind() == LinkageGraph.Kind.REVIEW;
        return new LinkView(Member.providerIdOf(other), Member.providerEntryIdOf(other),
                evidence.kind(),
                scored ? LinkageGraph.score(evidence.weight()) : null);
    }
}
