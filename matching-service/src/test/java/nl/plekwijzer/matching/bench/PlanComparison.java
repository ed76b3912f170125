package nl.plekwijzer.matching.bench;

import java.util.List;

import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.engine.UnitView;
import nl.plekwijzer.matching.plan.AllocationPlanner;
import nl.plekwijzer.matching.plan.rest.AllocationPlanResource;

/**
 * Prints how the region-wide plan compares with greedy assignment in waiting order, for synthetic
 * sets of 2,000 requests and 500 free places (one each), over several seeds.
 */
public final class PlanComparison {

    private PlanComparison() {
    }

    public static void main(String[] args) {
        AllocationPlanner planner = new AllocationPlanner(new Scoring(Scoring.Settings.defaults()),
                AllocationPlanResource.CANDIDATES_PER_REQUEST);
        System.out.println("| seed | plan: placed (crisis) | plan: total fit | greedy: placed (crisis) | greedy: total fit"
                + " | plan time |");
        System.out.println("|---|---|---|---|---|---|");
        for (long seed = 1; seed <= 5; seed++) {
            SyntheticRegion region = new SyntheticRegion(seed);
            List<RequestView> requests = region.requests(2_000);
            List<UnitView> units = region.freeUnits(500).stream().map(PlanComparison::onePlace).toList();
            long start = System.nanoTime();
            AllocationPlanner.Plan plan = planner.optimal(requests, units);
            long millis = (System.nanoTime() - start) / 1_000_000;
            AllocationPlanner.Plan greedy = planner.greedy(requests, units);
            System.out.printf("| %d | %d (%d) | %.1f | %d (%d) | %.1f | %d ms |%n", seed, plan.placed(),
                    plan.crisisPlaced(), plan.totalScore(), greedy.placed(), greedy.crisisPlaced(), greedy.totalScore(),
                    millis);
        }
    }

    static UnitView onePlace(UnitView u) {
        return new UnitView(u.unitId(), u.providerId(), u.name(), u.kind(), u.ageMin(), u.ageMax(), u.genders(),
                u.domains(), u.specialties(), u.treatmentOnSite(), u.stayIntensity(), u.acceptsCrisis(),
                u.acceptsConfidential(), u.municipalityCode(), u.location(), 1, u.light(), null, u.stale(),
                u.reasonCode(), u.reason(), u.stayLengths(), u.acceptsFamilyAdmission(), u.backupPoolName(),
                u.backupPoolRegions());
    }
}
