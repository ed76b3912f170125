package nl.plekwijzer.matching.bench;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.plekwijzer.matching.engine.MatchingEngine;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.engine.UnitView;
import nl.plekwijzer.matching.plan.AllocationPlanner;

/**
 * The engine at national scale (20,000 units, 50,000 open requests), in sample-time mode so that
 * JMH reports percentiles. Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class EngineBenchmark {

    static final int UNITS = 20_000;
    static final int REQUESTS = 50_000;

    private MatchingEngine engine;
    private SyntheticRegion region;
    private List<UnitView> units;
    private List<RequestView> requests;
    private Random random;
    private AllocationPlanner planner;
    private List<RequestView> planRequests;
    private List<UnitView> planUnits;

    @Setup(Level.Trial)
    public void buildRegion() {
        region = new SyntheticRegion(20261122);
        units = region.units(UNITS);
        requests = region.requests(REQUESTS);
        Scoring scoring = new Scoring(Scoring.Settings.defaults());
        engine = new MatchingEngine(scoring, 25);
        units.forEach(engine::putUnit);
        long start = System.nanoTime();
        requests.forEach(engine::putRequest);
        System.out.printf("%n[setup] ranked %d requests over %d units in %d s%n", REQUESTS, UNITS,
                (System.nanoTime() - start) / 1_000_000_000);
        random = new Random(7);
        planner = new AllocationPlanner(scoring, nl.plekwijzer.matching.plan.rest.AllocationPlanResource.CANDIDATES_PER_REQUEST);
        SyntheticRegion planRegion = new SyntheticRegion(42);
        planRequests = planRegion.requests(2_000);
        planUnits = planRegion.freeUnits(500).stream().map(PlanComparison::onePlace).toList();
    }

    /** Ranked suggestions for one (new) request over all units, from scratch. */
    @Benchmark
    public MatchingEngine.Ranking rankOneRequest() {
        RequestView request = region.request(new UUID(1, random.nextInt()));
        engine.putRequest(request);
        MatchingEngine.Ranking ranking = engine.ranking(request.requestId());
        engine.removeRequest(request.requestId());
        return ranking;
    }

    /** One unit reports a new status: every request's kept list is brought up to date. */
    @Benchmark
    public Set<UUID> reRankAfterOneStatusChange() {
        UnitView before = units.get(random.nextInt(UNITS));
        UnitView after = new UnitView(before.unitId(), before.providerId(), before.name(), before.kind(),
                before.ageMin(), before.ageMax(), before.genders(), before.domains(), before.specialties(),
                before.treatmentOnSite(), before.stayIntensity(), before.acceptsCrisis(), before.acceptsConfidential(),
                before.municipalityCode(), before.location(), random.nextInt(3), before.light(), null,
                random.nextInt(10) == 0, before.reasonCode(), before.reason(), before.stayLengths(),
                before.acceptsFamilyAdmission(), before.backupPoolName(), before.backupPoolRegions());
        return engine.putUnit(after);
    }

    /** A region-wide plan for 2,000 requests and 500 free places (one each). */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public AllocationPlanner.Plan planForTwoThousandRequestsAndFiveHundredPlaces() {
        return planner.optimal(planRequests, planUnits);
    }
}
