package nl.plekwijzer.matching.waitlist.linkage;

import java.util.List;
import java.util.Map;

/**
 * Benchmark, not a test: the linkage's quality on three seeded sets (issue 16), printed as markdown
 * for docs/benchmarks.md. The existing set (the errors the linker was written for, 40% without a
 * BSN), the extended set (Dutch registrations: call names, initials, titles, prefixes, double
 * names, dates known only to the year; 40% without a BSN) and the extended set without any BSN.
 * For each: pair precision and recall, the share of clusters exactly right at the production
 * thresholds and the share of true pairs the blocking compares at all, and pair precision and
 * recall with a single link threshold swept (the curve).
 *
 * <pre>
 * ./mvnw -o -q -pl matching-service test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp matching-service/target/test-classes:matching-service/target/classes:$(cat /tmp/cp.txt) \
 *   nl.plekwijzer.matching.waitlist.linkage.LinkageQuality
 * </pre>
 */
public final class LinkageQuality {

    private static final int YOUTHS = 4_000;
    private static final int PROVIDERS = 60;

    private LinkageQuality() {
    }

    /**
     * The share of true pairs that are compared at all: those that share a blocking key. Pairs with
     * the same BSN pseudonym are left out (they link on it, whatever the blocks).
     */
    static double blocked(List<SyntheticWaitlists.Entry> entries, Comparison.PlaceholderDates placeholders) {
        Map<Integer, List<LinkRecord>> byYouth = new java.util.HashMap<>();
        entries.forEach(entry -> byYouth.computeIfAbsent(entry.youth(), y -> new java.util.ArrayList<>()).add(entry.record()));
        long pairs = 0;
        long blocked = 0;
        for (List<LinkRecord> records : byYouth.values()) {
            for (int i = 0; i < records.size(); i++) {
                for (int j = i + 1; j < records.size(); j++) {
                    LinkRecord a = records.get(i);
                    LinkRecord b = records.get(j);
                    if (a.pseudonym() != null && a.pseudonym().equals(b.pseudonym())) {
                        continue;
                    }
                    pairs++;
                    String[] keysA = LinkageGraph.blockKeys(a, placeholders);
                    String[] keysB = LinkageGraph.blockKeys(b, placeholders);
                    if (java.util.stream.IntStream.range(0, keysA.length)
                            .anyMatch(pass -> keysA[pass] != null && keysA[pass].equals(keysB[pass]))) {
                        blocked++;
                    }
                }
            }
        }
        return pairs == 0 ? 1 : (double) blocked / pairs;
    }

    public static void main(String[] args) {
        Map<String, List<SyntheticWaitlists.Entry>> sets = new java.util.LinkedHashMap<>();
        sets.put("existing (seed 2026, 40% without BSN)", new SyntheticWaitlists(2026).generate(YOUTHS, PROVIDERS, 0.40));
        sets.put("extended (seed 2026, 40% without BSN)", new SyntheticWaitlists(2026).generateExtended(YOUTHS, PROVIDERS, 0.40));
        sets.put("extended, no BSN (seed 2027)", new SyntheticWaitlists(2027).generateExtended(YOUTHS, PROVIDERS, 1.0));

        System.out.println("| set | entries | pair precision | pair recall | clusters exactly right (of predicted / of true)"
                + " | true pairs in a shared block (without the same BSN) | learnt in |");
        System.out.println("|---|---|---|---|---|---|---|");
        Map<String, LinkageModel> models = new java.util.LinkedHashMap<>();
        sets.forEach((name, entries) -> {
            long start = System.nanoTime();
            LinkageGraph linked = LinkageEvaluation.link(entries);
            models.put(name, linked.model().model());
            LinkageEvaluation e = LinkageEvaluation.of(entries, linked);
            System.out.printf("| %s | %,d | %.3f | %.3f | %.3f / %.3f | %.3f | %d ms (with linking) |%n", name,
                    entries.size(), e.pairPrecision(), e.pairRecall(), e.clusterPrecision(), e.clusterRecall(),
                    blocked(entries, linked.model().model()), (System.nanoTime() - start) / 1_000_000);
        });

        System.out.println();
        System.out.println("| link at chance of one youth | " + String.join(" | ", sets.keySet()) + " |");
        System.out.println("|---|" + "---|".repeat(sets.size()));
        for (double probability : new double[] { 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999 }) {
            StringBuilder row = new StringBuilder("| " + probability + " |");
            double weight = LinkageModel.weightOf(probability);
            sets.forEach((name, entries) -> {
                LinkageEvaluation e = LinkageEvaluation.of(entries,
                        LinkageEvaluation.link(entries, new FellegiSunter(models.get(name), weight, weight)));
                row.append(String.format(" %.3f / %.3f |", e.pairPrecision(), e.pairRecall()));
            });
            System.out.println(row);
        }

        if (args.length > 0) {
            models.forEach((name, model) -> {
                LinkageModel.Parameters p = model.parameters();
                System.out.printf("%n%s: %d iterations, chance two entries match %.6f, %,d training pairs, %d placeholder dates%n",
                        name, p.iterations(), p.matchChanceOfTwoEntries(), p.trainingPairs(), p.placeholderDates());
                p.comparisons().forEach((comparison, levels) -> levels.forEach(level -> System.out.printf(
                        "  %s %-55s m %.4f u %.5f w %6.2f%n", comparison, level.meaning(), level.m(), level.u(),
                        level.weight())));
            });
        }
    }
}
