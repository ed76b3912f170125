package nl.plekwijzer.matching.waitlist.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Links waiting-list entries of the same youth into clusters, without a list of BSNs and without
 * names. Entries with the same pseudonym are joined at once. Other pairs are compared only within
 * blocks ({@link #BLOCKS}: birth date and gender, with one part of the date left out in turn), so
 * the work does not grow with the square of the list. A pair in the same cluster already is not
 * compared again. Decisions of {@link FellegiSunter}: LINK and
 * REVIEW both join; a cluster with a REVIEW link is to be reviewed.
 */
public final class Linker {

    /** The clusters: for each record (by index in the input), its cluster's representative index. */
    public record Result(int[] clusterOf, boolean[] toReview, long comparisons) {

        public int clusterCount() {
            int count = 0;
            for (int i = 0; i < clusterOf.length; i++) {
                if (clusterOf[i] == i) {
                    count++;
                }
            }
            return count;
        }
    }

    /**
     * The blocking passes. Two entries of one youth share at least one key unless their birth dates
     * differ in more than one place (a day-month swap has its own pass) or their genders differ.
     */
    static final List<Function<LinkRecord, String>> BLOCKS = List.of(
            r -> "date|" + r.birthDate() + "|" + r.gender(),
            r -> "year-month|" + r.birthDate().getYear() + "-" + r.birthDate().getMonthValue() + "|" + r.gender(),
            r -> "year-day|" + r.birthDate().getYear() + "-" + r.birthDate().getDayOfMonth() + "|" + r.gender(),
            r -> "month-day|" + r.birthDate().getMonthValue() + "-" + r.birthDate().getDayOfMonth() + "|" + r.gender(),
            r -> "swapped|" + r.birthDate().getYear() + "|"
                    + Math.min(r.birthDate().getMonthValue(), r.birthDate().getDayOfMonth()) + "-"
                    + Math.max(r.birthDate().getMonthValue(), r.birthDate().getDayOfMonth()) + "|" + r.gender());

    private final FellegiSunter model;

    public Linker(FellegiSunter model) {
        this.model = model;
    }

    public Result link(List<LinkRecord> records) {
        int n = records.size();
        Clusters clusters = new Clusters(records);
        boolean[] review = new boolean[n];
        Map<String, Integer> firstWithPseudonym = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String pseudonym = records.get(i).pseudonym();
            if (pseudonym != null) {
                Integer first = firstWithPseudonym.putIfAbsent(pseudonym, i);
                if (first != null) {
                    clusters.join(first, i);
                }
            }
        }
        long comparisons = 0;
        for (Function<LinkRecord, String> blockKey : BLOCKS) {
            comparisons += compareWithinBlocks(records, clusters, review, blockKey);
        }
        int[] clusterOf = new int[n];
        boolean[] toReview = new boolean[n];
        for (int i = 0; i < n; i++) {
            clusterOf[i] = clusters.find(i);
        }
        for (int i = 0; i < n; i++) {
            if (review[i]) {
                toReview[clusterOf[i]] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            toReview[i] = toReview[clusterOf[i]];
        }
        return new Result(clusterOf, toReview, comparisons);
    }

    private long compareWithinBlocks(List<LinkRecord> records, Clusters clusters, boolean[] review,
            Function<LinkRecord, String> blockKey) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            blocks.computeIfAbsent(blockKey.apply(records.get(i)), k -> new ArrayList<>()).add(i);
        }
        long comparisons = 0;
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                int i = block.get(x);
                for (int y = x + 1; y < block.size(); y++) {
                    int j = block.get(y);
                    if (clusters.find(i) == clusters.find(j)) {
                        continue;
                    }
                    comparisons++;
                    FellegiSunter.Decision decision = model.decide(records.get(i), records.get(j));
                    if (decision != FellegiSunter.Decision.NO_LINK && clusters.join(i, j)
                            && decision == FellegiSunter.Decision.REVIEW) {
                        review[i] = true;
                    }
                }
            }
        }
        return comparisons;
    }

    /**
     * Union-find over the records. A cluster knows the pseudonym of its members, if any: two
     * clusters with different pseudonyms are different youths and are never joined, also not
     * through a member without a BSN.
     */
    private static final class Clusters {
        final int[] parent;
        final String[] pseudonym;

        Clusters(List<LinkRecord> records) {
            parent = new int[records.size()];
            pseudonym = new String[records.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                pseudonym[i] = records.get(i).pseudonym();
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Joins the clusters of a and b; false when they hold different pseudonyms. */
        boolean join(int a, int b) {
            int rootA = find(a);
            int rootB = find(b);
            if (rootA == rootB) {
                return true;
            }
            if (pseudonym[rootA] != null && pseudonym[rootB] != null && !pseudonym[rootA].equals(pseudonym[rootB])) {
                return false;
            }
            int root = Math.min(rootA, rootB);
            int other = Math.max(rootA, rootB);
            parent[other] = root;
            if (pseudonym[root] == null) {
                pseudonym[root] = pseudonym[other];
            }
            return true;
        }
    }
}
