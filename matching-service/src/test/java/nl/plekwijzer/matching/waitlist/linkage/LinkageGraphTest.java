package nl.plekwijzer.matching.waitlist.linkage;

import static nl.plekwijzer.matching.waitlist.linkage.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated.LinkConfidence;
import nl.plekwijzer.matching.waitlist.linkage.LinkageGraph.Kind;
import nl.plekwijzer.matching.waitlist.linkage.LinkageGraph.Move;

class LinkageGraphTest {

    private static final LocalDate BORN = LocalDate.of(2013, 4, 2);
    private final AtomicInteger ids = new AtomicInteger();
    private final LinkageGraph graph = new LinkageGraph(FellegiSunter.of(LinkageModel.prior()), () -> "c" + ids.incrementAndGet());

    @Test
    void entriesWithTheSameBsnPseudonymAreOneYouthWhateverTheirNames() {
        graph.put("A/1", record("p1", "Fenna", "de", "Vries", BORN, "2032"));
        graph.put("B/1", record("p1", "Sara", null, "Bakker", BORN.plusYears(2), "9999"));

        LinkageGraph.Cluster cluster = onlyCluster(graph.recluster());

        assertThat(cluster.members()).containsExactly("A/1", "B/1");
        assertThat(cluster.confidence()).isEqualTo(LinkConfidence.PSEUDONYM);
        assertThat(cluster.evidence().get("B/1").kind()).isEqualTo(Kind.PSEUDONYM);
    }

    @Test
    void oneTypoJoinsTwinsStayApartAndTwoBsnsAreNeverJoinedThroughAnEntryWithout() {
        graph.put("A/1", record("p1", "Fenna", "de", "Vries", BORN, "2032"));
        graph.put("B/1", record(null, "Fenna", null, "Vries, de", BORN, "2032"));
        graph.put("C/1", record(null, "Fenan", "de", "Vries", BORN, "2032"));
        graph.put("D/1", record("p2", "Fenna", "de", "Vries", BORN, "2032"));
        graph.put("E/1", record(null, "Femke", "de", "Vries", BORN, "2032"));

        graph.recluster();

        assertThat(graph.clusterIdOf("B/1")).isEqualTo(graph.clusterIdOf("A/1"));
        assertThat(graph.clusterIdOf("C/1")).as("one typo").isEqualTo(graph.clusterIdOf("A/1"));
        assertThat(graph.clusterIdOf("D/1")).as("another BSN").isNotEqualTo(graph.clusterIdOf("A/1"));
        assertThat(graph.clusterIdOf("E/1")).as("twin").isNotIn(graph.clusterIdOf("A/1"), graph.clusterIdOf("D/1"));
        LinkageGraph.Cluster fenna = graph.cluster(graph.clusterIdOf("A/1"));
        assertThat(fenna.confidence()).isEqualTo(LinkConfidence.LINKED);
        assertThat(fenna.linkScore()).isNotNull();
        assertThat(fenna.evidence().get("B/1").kind()).isEqualTo(Kind.LINK);
    }

    @Test
    void twoWellLinkedPairsJoinedByAReviewLinkAreToReviewAsAWhole() {
        LinkRecord vries = record(null, "Fenna", "de", "Vries", BORN, "2032");
        LinkRecord vreis = record(null, "Fenna", "de", "Vreis", BORN, "2032");
        LinkageModel model = LinkageModel.prior();
        // Thresholds around the weight of Vries with Vreis: that link is one to review.
        double between = model.weight(vries, vreis);
        assertThat(model.weight(vries, vries)).isGreaterThan(between + 1);
        LinkageGraph graph = new LinkageGraph(new FellegiSunter(model, between + 0.5, between - 0.5), () -> "r1");
        graph.put("A/1", vries);
        graph.put("B/1", vries);
        graph.put("C/1", vreis);
        graph.put("D/1", vreis);

        LinkageGraph.Cluster cluster = onlyCluster(graph.recluster());

        assertThat(cluster.members()).hasSize(4);
        // Each member's own best link is a LINK; the two pairs hang together by a REVIEW link only.
        assertThat(cluster.evidence().values()).extracting(LinkageGraph.Evidence::kind).containsOnly(Kind.LINK);
        assertThat(cluster.confidence()).isEqualTo(LinkConfidence.TO_REVIEW);
    }

    @Test
    void aClusterKeepsItsIdWhenItsFirstMemberLeavesAndWhenAMemberJoins() {
        graph.put("A/1", record("p1", "Fenna", "de", "Vries", BORN, "2032"));
        graph.put("B/1", record("p1", "Fenna", "de", "Vries", BORN, "2032"));
        graph.put("Z/1", record(null, "Daan", null, "Bakker", BORN.minusYears(3), "3011", Gender.M));
        graph.recluster();
        String fenna = graph.clusterIdOf("B/1");
        String daan = graph.clusterIdOf("Z/1");

        graph.remove("A/1");
        graph.put("C/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        LinkageGraph.Changes changes = graph.recluster();

        assertThat(graph.clusterIdOf("B/1")).isEqualTo(fenna);
        assertThat(graph.clusterIdOf("C/1")).isEqualTo(fenna);
        assertThat(graph.clusterIdOf("Z/1")).isEqualTo(daan);
        assertThat(changes.clusters()).extracting(LinkageGraph.Cluster::id).as("only what changed").containsExactly(fenna);
        assertThat(changes.moves()).containsExactly(new Move("A/1", fenna, null), new Move("C/1", null, fenna));
        assertThat(changes.removedClusterIds()).isEmpty();
    }

    @Test
    void aSplitSurvivesLaterRunsAndAGraphBuiltAgainFromScratch() {
        graph.put("A/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        graph.put("B/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        graph.recluster();
        String before = graph.clusterIdOf("A/1");
        assertThat(graph.clusterIdOf("B/1")).isEqualTo(before);

        graph.decide("A/1", "B/1", false);
        LinkageGraph.Changes split = graph.recluster();

        assertThat(graph.clusterIdOf("B/1")).isNotEqualTo(graph.clusterIdOf("A/1"));
        assertThat(split.clusters()).hasSize(2);
        assertThat(List.of(graph.clusterIdOf("A/1"), graph.clusterIdOf("B/1"))).as("one part keeps the id")
                .contains(before);

        // The provider sends the same entry again, and a third entry of her arrives: B stays apart from A.
        graph.put("B/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        graph.put("C/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        graph.recluster();
        assertThat(graph.clusterIdOf("B/1")).isNotEqualTo(graph.clusterIdOf("A/1"));

        LinkageGraph again = new LinkageGraph(FellegiSunter.of(LinkageModel.prior()), () -> "n" + ids.incrementAndGet());
        for (String member : List.of("A/1", "B/1", "C/1")) {
            again.put(member, graph.record(member));
        }
        again.decide("A/1", "B/1", false);
        again.recluster();
        assertThat(again.clusterIdOf("B/1")).isNotEqualTo(again.clusterIdOf("A/1"));
        assertThat(partition(again, List.of("A/1", "B/1", "C/1"))).isEqualTo(partition(graph, List.of("A/1", "B/1", "C/1")));
    }

    @Test
    void aMergeJoinsWhatTheScoreKeptApartButNeverTwoBsns() {
        graph.put("A/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        graph.put("B/1", record(null, "Fenna", null, "Visser", BORN, "1012"));
        graph.put("C/1", record("p1", "Fenna", "de", "Vries", BORN.plusDays(40), "2032"));
        graph.put("D/1", record("p2", "Fenna", "de", "Vries", BORN.plusDays(40), "2032"));
        graph.recluster();
        assertThat(graph.clusterIdOf("B/1")).isNotEqualTo(graph.clusterIdOf("A/1"));

        graph.decide("A/1", "B/1", true);
        graph.decide("C/1", "D/1", true);
        graph.recluster();

        assertThat(graph.clusterIdOf("B/1")).isEqualTo(graph.clusterIdOf("A/1"));
        assertThat(graph.cluster(graph.clusterIdOf("A/1")).confidence()).isEqualTo(LinkConfidence.MANUAL);
        assertThat(graph.clusterIdOf("D/1")).as("two BSNs").isNotEqualTo(graph.clusterIdOf("C/1"));

        graph.put("B/1", record(null, "Fenna", null, "Visser", BORN, "1013"));
        graph.recluster();
        assertThat(graph.clusterIdOf("B/1")).as("after B changed").isEqualTo(graph.clusterIdOf("A/1"));
    }

    @Test
    void anEntryRemovedAndAddedAgainBeforeTheNextRunStaysInItsClusterAndLeavesNoClusterBehind() {
        graph.put("A/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        graph.put("Z/1", record(null, "Daan", null, "Bakker", BORN.minusYears(3), "3011", Gender.M));
        graph.recluster();
        String fenna = graph.clusterIdOf("A/1");

        graph.remove("A/1");
        graph.put("A/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        LinkageGraph.Changes changes = graph.recluster();

        assertThat(graph.clusterIdOf("A/1")).isEqualTo(fenna);
        assertThat(changes.moves()).isEmpty();
        assertThat(changes.removedClusterIds()).isEmpty();
        assertThat(graph.clusterCount()).isEqualTo(2);
    }

    @Test
    void anEntrySentAgainUnchangedReportsItsClusterSoThatItsOtherDetailsArePublishedAgain() {
        graph.put("A/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        graph.recluster();

        graph.put("A/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        LinkageGraph.Changes changes = graph.recluster();

        assertThat(changes.clusters()).extracting(LinkageGraph.Cluster::id).containsExactly(graph.clusterIdOf("A/1"));
        assertThat(changes.moves()).isEmpty();
    }

    @Test
    void aRemovedSingleMembersClusterIsReportedGone() {
        graph.put("A/1", record(null, "Fenna", "de", "Vries", BORN, "2032"));
        graph.recluster();
        String id = graph.clusterIdOf("A/1");

        graph.remove("A/1");
        LinkageGraph.Changes changes = graph.recluster();

        assertThat(changes.removedClusterIds()).containsExactly(id);
        assertThat(changes.clusters()).isEmpty();
        assertThat(graph.cluster(id)).isNull();
    }

    /**
     * With the prior parameters, and with a model learnt from Dutch registrations (term frequencies,
     * a placeholder 1 January that makes no month-day block).
     */
    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void clustersAfterManyIncrementalChangesEqualClustersLinkedFromScratch(boolean learnt) {
        Random random = new Random(6);
        List<SyntheticWaitlists.Entry> pool = learnt ? new SyntheticWaitlists(61).generateExtended(400, 12, 0.4)
                : new SyntheticWaitlists(61).generate(400, 12, 0.4);
        LinkageModel model = learnt ? LinkageModel.fit(pool.stream().map(SyntheticWaitlists.Entry::record).toList())
                : LinkageModel.prior();
        assertThat(model.parameters().learnt()).isEqualTo(learnt);
        assertThat(model.parameters().placeholderDates()).isEqualTo(learnt ? 1 : 0);
        LinkageGraph graph = new LinkageGraph(FellegiSunter.of(model), () -> "c" + ids.incrementAndGet());
        Map<String, LinkRecord> current = new LinkedHashMap<>();
        Map<Set<String>, Boolean> decisions = new LinkedHashMap<>();
        List<String> members = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (int step = 1; step <= 3_000; step++) {
            int action = random.nextInt(20);
            if (action < 12 || members.isEmpty()) {
                SyntheticWaitlists.Entry entry = pool.get(random.nextInt(pool.size()));
                // Half of the time a known member's record is replaced by another writing of a youth;
                // sometimes an entry removed a moment ago comes back.
                String member = !removed.isEmpty() && random.nextInt(4) == 0 ? removed.remove(removed.size() - 1)
                        : !members.isEmpty() && random.nextBoolean() ? members.get(random.nextInt(members.size()))
                                : entry.member();
                graph.put(member, entry.record());
                if (current.put(member, entry.record()) == null) {
                    members.add(member);
                }
            } else if (action < 16) {
                String member = members.remove(random.nextInt(members.size()));
                graph.remove(member);
                current.remove(member);
                removed.add(member);
            } else if (members.size() > 1) {
                String a = members.get(random.nextInt(members.size()));
                String b = random.nextBoolean() ? pool.get(random.nextInt(pool.size())).member()
                        : members.get(random.nextInt(members.size()));
                boolean mustLink = random.nextBoolean();
                graph.decide(a, b, mustLink);
                if (!a.equals(b)) {
                    decisions.put(Set.of(a, b), mustLink);
                }
            }
            if (random.nextInt(10) == 0 || step == 3_000) {
                graph.recluster();
                assertThat(partition(graph, members)).as("step %d", step)
                        .isEqualTo(partition(fromScratch(model, current, decisions), members));
                assertIdsUnique(graph, members);
            }
        }
    }

    private LinkageGraph fromScratch(LinkageModel model, Map<String, LinkRecord> records,
            Map<Set<String>, Boolean> decisions) {
        LinkageGraph scratch = new LinkageGraph(FellegiSunter.of(model), () -> "s" + ids.incrementAndGet());
        records.forEach(scratch::put);
        decisions.forEach((pair, mustLink) -> {
            List<String> two = new ArrayList<>(pair);
            scratch.decide(two.get(0), two.get(1), mustLink);
        });
        scratch.recluster();
        return scratch;
    }

    /** The clusters as sets of members, with their confidence, independent of ids. */
    private static Set<Map.Entry<Set<String>, LinkConfidence>> partition(LinkageGraph linked, List<String> members) {
        Map<String, Set<String>> byId = new HashMap<>();
        members.forEach(m -> byId.computeIfAbsent(linked.clusterIdOf(m), k -> new HashSet<>()).add(m));
        return byId.entrySet().stream()
                .map(e -> Map.entry(e.getValue(), linked.cluster(e.getKey()).confidence()))
                .collect(Collectors.toSet());
    }

    /** Every member's cluster holds exactly the members that name it, and there are no other clusters. */
    private static void assertIdsUnique(LinkageGraph graph, List<String> members) {
        Map<String, Set<String>> byId = new HashMap<>();
        members.forEach(m -> byId.computeIfAbsent(graph.clusterIdOf(m), k -> new HashSet<>()).add(m));
        byId.forEach((id, inCluster) -> assertThat(new HashSet<>(graph.cluster(id).members())).isEqualTo(inCluster));
        assertThat(graph.clusterCount()).as("no cluster left behind").isEqualTo(byId.size());
    }

    private static LinkageGraph.Cluster onlyCluster(LinkageGraph.Changes changes) {
        assertThat(changes.clusters()).hasSize(1);
        return changes.clusters().get(0);
    }
}
