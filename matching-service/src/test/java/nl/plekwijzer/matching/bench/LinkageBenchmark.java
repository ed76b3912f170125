package nl.plekwijzer.matching.bench;

import java.util.List;

import nl.plekwijzer.matching.waitlist.linkage.FellegiSunter;
import nl.plekwijzer.matching.waitlist.linkage.LinkRecord;
import nl.plekwijzer.matching.waitlist.linkage.LinkageEvaluation;
import nl.plekwijzer.matching.waitlist.linkage.Linker;
import nl.plekwijzer.matching.waitlist.linkage.SyntheticWaitlists;

/**
 * Links about 100,000 synthetic entries from 60 providers from scratch, several times (the first
 * runs warm the JIT), and prints time, comparisons and accuracy. Args: youths, share without BSN,
 * and optionally the upper and lower thresholds.
 */
public final class LinkageBenchmark {

    private LinkageBenchmark() {
    }

    public static void main(String[] args) {
        int youths = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        double missingBsn = args.length > 1 ? Double.parseDouble(args[1]) : 0.40;
        List<SyntheticWaitlists.Entry> entries = new SyntheticWaitlists(7).generate(youths, 60, missingBsn);
        List<LinkRecord> records = entries.stream().map(SyntheticWaitlists.Entry::record).toList();
        Linker linker = new Linker(args.length > 3
                ? new FellegiSunter(Double.parseDouble(args[2]), Double.parseDouble(args[3]))
                : FellegiSunter.defaults());
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            Linker.Result result = linker.link(records);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %,d entries, %,d comparisons, %,d clusters in %,d ms%n", run, records.size(),
                    result.comparisons(), result.clusterCount(), millis);
            if (run == 3) {
                System.out.println(LinkageEvaluation.of(entries, result));
            }
        }
    }
}
