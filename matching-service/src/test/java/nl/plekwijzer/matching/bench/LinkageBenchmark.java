package nl.plekwijzer.matching.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.plekwijzer.matching.waitlist.linkage.LinkageEvaluation;
import nl.plekwijzer.matching.waitlist.linkage.LinkageGraph;
import nl.plekwijzer.matching.waitlist.linkage.SyntheticWaitlists;

/**
 * Links about 100,000 synthetic entries from 60 providers from scratch, several times (the first
 * runs warm the JIT), and prints time, comparisons and accuracy. Then replaces one provider's list
 * of 500 entries at a time (500 removed, 500 others added) in the linked graph, and prints how long
 * comparing and clustering again took. Args: youths, share without BSN, and "extended" for the
 * extended set (call names, initials, placeholder dates...).
 */
public final class LinkageBenchmark {

    private LinkageBenchmark() {
    }

    public static void main(String[] args) {
        int youths = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        double missingBsn = args.length > 1 ? Double.parseDouble(args[1]) : 0.40;
        boolean extended = args.length > 2 && args[2].equals("extended");
        List<SyntheticWaitlists.Entry> entries = extended
                ? new SyntheticWaitlists(7).generateExtended(youths, 60, missingBsn)
                : new SyntheticWaitlists(7).generate(youths, 60, missingBsn);
        LinkageGraph graph = null;
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            graph = LinkageEvaluation.link(entries);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %,d entries, %,d comparisons, model learnt and linked from scratch in %,d ms%n",
                    run, entries.size(), graph.comparisons(), millis);
        }
        System.out.println(LinkageEvaluation.of(entries, graph));
        replaceListsOf500(graph, entries);
    }

    private static void replaceListsOf500(LinkageGraph graph, List<SyntheticWaitlists.Entry> entries) {
        Random random = new Random(11);
        int rounds = 30;
        long[] micros = new long[rounds];
        List<String> onList = new ArrayList<>(entries.stream().map(SyntheticWaitlists.Entry::member).toList());
        for (int round = 0; round < rounds; round++) {
            String provider = "list-" + round;
            List<String> leaving = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                leaving.add(onList.remove(random.nextInt(onList.size())));
            }
            List<SyntheticWaitlists.Entry> arriving = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                arriving.add(entries.get(random.nextInt(entries.size())));
            }
            long start = System.nanoTime();
            leaving.forEach(graph::remove);
            for (SyntheticWaitlists.Entry entry : arriving) {
                String member = provider + "/" + UUID.randomUUID();
                graph.put(member, entry.record());
                onList.add(member);
            }
            LinkageGraph.Changes changes = graph.recluster();
            micros[round] = (System.nanoTime() - start) / 1_000;
            if (round == rounds - 1) {
                System.out.printf("last round: %,d clusters formed again, %,d ids gone, %,d moves%n",
                        changes.clusters().size(), changes.removedClusterIds().size(), changes.moves().size());
            }
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("list of 500 replaced (500 out, 500 in) in a graph of %,d: p50 %.1f ms, max %.1f ms%n",
                graph.size(), sorted[rounds / 2] / 1000.0, sorted[rounds - 1] / 1000.0);
    }
}
