package nl.plekwijzer.matching.bench;

import java.util.ArrayList;
import java.util.List;

import nl.plekwijzer.matching.engine.MatchingEngine;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.engine.UnitView;

/**
 * Benchmark, not a test: rebuilding the engine's state at national scale (20,000 units, each with
 * a profile and an availability snapshot, and 50,000 open requests) in the order a replay of the
 * topics brings them (the three consumers' polls of 500 interleaved), as matching-service does at
 * every start: ranking as the events come, and deferred (stored only, every request ranked once at
 * the end on every core). One run each; see docs/benchmarks.md.
 *
 * <pre>
 * ./mvnw -o -q -pl matching-service test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -Xmx4g -cp matching-service/target/test-classes:matching-service/target/classes:$(cat /tmp/cp.txt) \
 *   nl.plekwijzer.matching.bench.RebuildBenchmark [deferred|as-they-come|both]
 * </pre>
 */
public final class RebuildBenchmark {

    private static final int POLL = 500;

    private RebuildBenchmark() {
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "both";
        SyntheticRegion region = new SyntheticRegion(20261122);
        List<UnitView> profiles = region.units(EngineBenchmark.UNITS);
        // Each unit's availability snapshot: the same unit with the places its provider reported last.
        java.util.Random random = new java.util.Random(7);
        List<UnitView> snapshots = profiles.stream().map(u -> new UnitView(u.unitId(), u.providerId(), u.name(), u.kind(),
                u.ageMin(), u.ageMax(), u.genders(), u.domains(), u.specialties(), u.treatmentOnSite(), u.stayIntensity(),
                u.acceptsCrisis(), u.acceptsConfidential(), u.municipalityCode(), u.location(), random.nextInt(3), u.light(),
                null, false, u.reasonCode(), u.reason(), u.stayLengths(), u.acceptsFamilyAdmission(), u.backupPoolName(),
                u.backupPoolRegions())).toList();
        List<RequestView> requests = region.requests(EngineBenchmark.REQUESTS);
        List<Runnable> replay = new ArrayList<>();
        Scoring scoring = new Scoring(Scoring.Settings.defaults());
        MatchingEngine[] engine = new MatchingEngine[1];
        for (int from = 0; from < Math.max(profiles.size(), requests.size()); from += POLL) {
            for (UnitView unit : slice(profiles, from)) {
                replay.add(() -> engine[0].putUnit(unit));
            }
            for (UnitView unit : slice(snapshots, from)) {
                replay.add(() -> engine[0].putUnit(unit));
            }
            for (RequestView request : slice(requests, from)) {
                replay.add(() -> engine[0].putRequest(request));
            }
        }
        if (!which.equals("as-they-come")) {
            engine[0] = new MatchingEngine(scoring, 25);
            engine[0].deferRanking();
            long start = System.nanoTime();
            replay.forEach(Runnable::run);
            long stored = System.nanoTime();
            engine[0].rankAll();
            long done = System.nanoTime();
            System.out.printf("deferred: %d events stored in %d ms, every request ranked in %d ms (%d cores): %d ms in all%n",
                    replay.size(), (stored - start) / 1_000_000, (done - stored) / 1_000_000,
                    Runtime.getRuntime().availableProcessors(), (done - start) / 1_000_000);
            long unmetStart = System.nanoTime();
            int unmet = 0;
            for (RequestView request : requests) {
                if (engine[0].ranking(request.requestId()).fitting() == 0) {
                    unmet++;
                    engine[0].nearMissExclusions(request.requestId(), 5);
                }
            }
            System.out.printf("then %d requests without a fitting unit, their near misses found in %d ms%n", unmet,
                    (System.nanoTime() - unmetStart) / 1_000_000);
        }
        if (!which.equals("deferred")) {
            engine[0] = new MatchingEngine(scoring, 25);
            long start = System.nanoTime();
            replay.forEach(Runnable::run);
            System.out.printf("as they come: %d events applied and ranked in %d ms%n", replay.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static <T> List<T> slice(List<T> all, int from) {
        return from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + POLL));
    }
}
