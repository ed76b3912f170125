package nl.plekwijzer.matching.plan;

import static nl.plekwijzer.matching.engine.Fixtures.request;
import static nl.plekwijzer.matching.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.engine.UnitView;

class AllocationPlannerTest {

    private final AllocationPlanner planner = new AllocationPlanner(new Scoring(Scoring.Settings.defaults()), 20);

    private final UnitView fosterFamily = unit(u -> {
        u.unitId = "foster";
        u.kind = UnitKind.FOSTER_CARE;
    });
    private final UnitView group = unit(u -> {
        u.unitId = "group";
        u.kind = UnitKind.RESIDENTIAL_GROUP;
    });

    /** The one waiting longest fits both; the other only the foster family, which greedy gives away. */
    @Test
    void thePlanPlacesMoreThanGreedyInWaitingOrder() {
        RequestView longestWaiting = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("a".getBytes());
            r.submittedAt = OffsetDateTime.parse("2026-09-01T09:00:00+02:00");
        });
        RequestView onlyFoster = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("b".getBytes());
            r.acceptableKinds = EnumSet.of(UnitKind.FOSTER_CARE);
        });
        List<RequestView> requests = List.of(onlyFoster, longestWaiting);
        List<UnitView> units = List.of(fosterFamily, group);

        AllocationPlanner.Plan greedy = planner.greedy(requests, units);
        AllocationPlanner.Plan plan = planner.optimal(requests, units);

        assertThat(greedy.placed()).isEqualTo(1);
        assertThat(greedy.assignments()).singleElement().satisfies(a -> {
            assertThat(a.request()).isEqualTo(longestWaiting);
            assertThat(a.unit()).isEqualTo(fosterFamily);
        });
        assertThat(plan.placed()).isEqualTo(2);
        assertThat(plan.assignments()).anySatisfy(a -> {
            assertThat(a.request()).isEqualTo(onlyFoster);
            assertThat(a.unit()).isEqualTo(fosterFamily);
        });
        assertThat(plan.totalScore()).isGreaterThan(greedy.totalScore());
    }

    @Test
    void crisisGoesFirstEvenWhenARegularRequestWouldFitBetter() {
        UnitView onePlace = unit(u -> u.unitId = "one");
        RequestView regular = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("regular".getBytes());
            r.specialties = java.util.Set.of("TRAUMA");
        });
        RequestView crisis = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("crisis".getBytes());
            r.urgency = Urgency.CRISIS;
            r.specialties = java.util.Set.of("AUTISM");
        });

        AllocationPlanner.Plan plan = planner.optimal(List.of(regular, crisis), List.of(onePlace));

        assertThat(plan.assignments()).singleElement().satisfies(a -> assertThat(a.request()).isEqualTo(crisis));
        assertThat(plan.crisisPlaced()).isEqualTo(1);
    }

    @Test
    void aUnitTakesNoMoreYouthsThanItHasFreePlacesAndAHardRuleIsNeverBroken() {
        UnitView twoPlaces = unit(u -> {
            u.unitId = "two";
            u.availablePlaces = 2;
        });
        UnitView full = unit(u -> {
            u.unitId = "full";
            u.availablePlaces = 0;
        });
        List<RequestView> requests = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            requests.add(request(r -> r.requestId = UUID.nameUUIDFromBytes(("r" + n).getBytes())));
        }
        requests.add(request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("too-old".getBytes());
            r.ageYears = 19;
        }));

        AllocationPlanner.Plan plan = planner.optimal(requests, List.of(twoPlaces, full));

        assertThat(plan.placed()).isEqualTo(2);
        assertThat(plan.assignments()).allSatisfy(a -> {
            assertThat(a.unit()).isEqualTo(twoPlaces);
            assertThat(a.request().ageYears()).isEqualTo(13);
        });
    }
}
