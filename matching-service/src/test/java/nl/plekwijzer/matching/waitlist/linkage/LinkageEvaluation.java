package nl.plekwijzer.matching.waitlist.linkage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Precision, recall and F1 of a linkage against the known truth, over pairs and over clusters. */
public record LinkageEvaluation(double pairPrecision, double pairRecall, double pairF1, double clusterPrecision,
        double clusterRecall, long truePairs, long predictedPairs) {

    /** Learns the model from the entries and links them from scratch, as production does. */
    public static LinkageGraph link(List<SyntheticWaitlists.Entry> entries) {
        List<SyntheticWaitlists.Entry> byMember = new java.util.ArrayList<>(entries);
        byMember.sort(java.util.Comparator.comparing(SyntheticWaitlists.Entry::member));
        return link(entries, FellegiSunter.of(LinkageModel.fit(byMember.stream().map(SyntheticWaitlists.Entry::record).toList())));
    }

    /** Links the entries from scratch. */
    public static LinkageGraph link(List<SyntheticWaitlists.Entry> entries, FellegiSunter model) {
        LinkageGraph graph = new LinkageGraph(model, () -> java.util.UUID.randomUUID().toString());
        entries.forEach(entry -> graph.put(entry.member(), entry.record()));
        graph.recluster();
        return graph;
    }

    public static LinkageEvaluation of(List<SyntheticWaitlists.Entry> entries, LinkageGraph linked) {
        Map<Integer, Set<Integer>> trueClusters = new HashMap<>();
        Map<String, Set<Integer>> predictedClusters = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            trueClusters.computeIfAbsent(entries.get(i).youth(), k -> new HashSet<>()).add(i);
            predictedClusters.computeIfAbsent(linked.clusterIdOf(entries.get(i).member()), k -> new HashSet<>()).add(i);
        }
        long truePairs = pairs(trueClusters.values());
        long predictedPairs = pairs(predictedClusters.values());
        long correctPairs = 0;
        for (Set<Integer> cluster : predictedClusters.values()) {
            Map<Integer, Integer> byYouth = new HashMap<>();
            cluster.forEach(i -> byYouth.merge(entries.get(i).youth(), 1, Integer::sum));
            for (int size : byYouth.values()) {
                correctPairs += (long) size * (size - 1) / 2;
            }
        }
        Set<Set<Integer>> truth = new HashSet<>(trueClusters.values());
        long exact = predictedClusters.values().stream().filter(truth::contains).count();
        double precision = predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
        double recall = truePairs == 0 ? 1 : (double) correctPairs / truePairs;
        return new LinkageEvaluation(precision, recall, 2 * precision * recall / (precision + recall),
                (double) exact / predictedClusters.size(), (double) exact / trueClusters.size(), truePairs,
                predictedPairs);
    }

    private static long pairs(java.util.Collection<Set<Integer>> clusters) {
        return clusters.stream().mapToLong(c -> (long) c.size() * (c.size() - 1) / 2).sum();
    }
}
