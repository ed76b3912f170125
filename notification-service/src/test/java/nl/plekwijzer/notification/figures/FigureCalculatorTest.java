package nl.plekwijzer.notification.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.UnitKind;

class FigureCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String HERE = "GM0153";
    private static final String THERE = "GM0164";

    @Test
    void capacityAddsUpPerMunicipalityAndKindWithTheHeldPlacesTakenOffTheAdmissible() {
        FigureInputs in = inputs(List.of(
                new FigureInputs.Unit(UnitKind.FAMILY_HOME, HERE, 6, 2, 4, 0, 1, false),
                new FigureInputs.Unit(UnitKind.FAMILY_HOME, HERE, 4, 0, 3, 1, 0, true),
                new FigureInputs.Unit(UnitKind.CRISIS_BED, HERE, 2, 1, 1, 0, 2, false),
                new FigureInputs.Unit(UnitKind.FAMILY_HOME, THERE, 10, 10, 0, 0, 0, false)), List.of(), List.of());

        Map<String, Long> here = FigureCalculator.figures(HERE, in, TODAY);

        assertThat(here).containsEntry("units", 3L).containsEntry("places", 12L).containsEntry("availablePlaces", 3L)
                .containsEntry("admissiblePlaces", 1L).containsEntry("occupiedPlaces", 8L)
                .containsEntry("heldBackPlaces", 1L).containsEntry("heldForProposals", 3L)
                .containsEntry("occupancyPercent", 67L).containsEntry("staleUnitsPercent", 33L)
                .containsEntry("places.FAMILY_HOME", 10L).containsEntry("admissiblePlaces.CRISIS_BED", 0L);
        assertThat(FigureCalculator.figures(null, in, TODAY)).containsEntry("places", 22L);
        assertThat(FigureCalculator.municipalities(in)).containsExactly(HERE, THERE);
    }

    @Test
    void aYouthWaitingForTwoCareFunctionsIsOneYouthWaitingSinceTheEarliestAndPlacedOnesDoNotWait() {
        List<FigureInputs.WaitingYouth> waiting = new ArrayList<>();
        int[] days = { 10, 20, 30, 40, 100 };
        for (int i = 0; i < days.length; i++) {
            waiting.add(new FigureInputs.WaitingYouth("c" + i, HERE, UnitKind.FAMILY_HOME, TODAY.minusDays(days[i]), null));
            waiting.add(new FigureInputs.WaitingYouth("c" + i, HERE, UnitKind.FOSTER_CARE, TODAY.minusDays(5), null));
        }
        waiting.add(new FigureInputs.WaitingYouth("placed", HERE, UnitKind.FAMILY_HOME, TODAY.minusDays(400),
                TODAY.minusDays(2)));

        Map<String, Long> here = FigureCalculator.figures(HERE, inputs(List.of(), waiting, List.of()), TODAY);

        assertThat(here).containsEntry("waitingYouths", 5L).containsEntry("waitingYouths.FAMILY_HOME", 5L)
                .containsEntry("waitingYouths.FOSTER_CARE", 5L).containsEntry("medianWaitingDays", 30L)
                .containsEntry("medianWaitingDays.FOSTER_CARE", 5L)
                // A 90th percentile of five would be one youth's wait.
                .containsEntry("p90WaitingDays", null);
    }

    @Test
    void oneSmallCountHidesTheNextSmallestTooSoNoSubtractionFindsItAndTheTotalStays() {
        List<FigureInputs.WaitingYouth> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waiting.add(new FigureInputs.WaitingYouth("home" + i, HERE, UnitKind.FAMILY_HOME, TODAY.minusDays(10), null));
        }
        for (int i = 0; i < 7; i++) {
            waiting.add(new FigureInputs.WaitingYouth("secure" + i, HERE, UnitKind.SECURE_CARE, TODAY.minusDays(20), null));
        }
        waiting.add(new FigureInputs.WaitingYouth("alone", HERE, UnitKind.TREATMENT_GROUP, TODAY.minusDays(7), null));

        Map<String, Long> here = FigureCalculator.figures(HERE, inputs(List.of(), waiting, List.of()), TODAY);

        // 14 in all, 7 shown: the 7 others are one of treatment and six of family homes, in some split.
        assertThat(here).containsEntry("waitingYouths.TREATMENT_GROUP", null)
                .containsEntry("medianWaitingDays.TREATMENT_GROUP", null)
                .containsEntry("waitingYouths.FAMILY_HOME", null).containsEntry("medianWaitingDays.FAMILY_HOME", null)
                .containsEntry("waitingYouths.SECURE_CARE", 7L).containsEntry("medianWaitingDays.SECURE_CARE", 20L)
                .containsEntry("waitingYouths", 14L);
    }

    @Test
    void twoSmallCountsThatTogetherAreFiveOrMoreHideNothingElse() {
        List<FigureInputs.WaitingYouth> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waiting.add(new FigureInputs.WaitingYouth("home" + i, HERE, UnitKind.FAMILY_HOME, TODAY.minusDays(10), null));
        }
        for (int i = 0; i < 4; i++) {
            waiting.add(new FigureInputs.WaitingYouth("secure" + i, HERE, UnitKind.SECURE_CARE, TODAY.minusDays(20), null));
        }
        for (int i = 0; i < 3; i++) {
            waiting.add(new FigureInputs.WaitingYouth("treat" + i, HERE, UnitKind.TREATMENT_GROUP, TODAY.minusDays(7), null));
        }

        Map<String, Long> here = FigureCalculator.figures(HERE, inputs(List.of(), waiting, List.of()), TODAY);

        // 13 - 6 = 7 tells only that secure care and treatment have seven between them.
        assertThat(here).containsEntry("waitingYouths.SECURE_CARE", null).containsEntry("waitingYouths.TREATMENT_GROUP", null)
                .containsEntry("waitingYouths.FAMILY_HOME", 6L).containsEntry("waitingYouths", 13L);
    }

    @Test
    void theRegionBesideAMunicipalityHidesWhatTheRestOfTheRegionHasWhenThatIsSmall() {
        Map<String, Long> own = Map.of("waitingYouths", 10L, "places", 40L, "inflow", 6L);
        Map<String, Long> region = new java.util.TreeMap<>(Map.of("waitingYouths", 12L, "medianWaitingDays", 30L,
                "places", 42L, "inflow", 20L));

        Map<String, Long> beside = FigureCalculator.regionBeside(own, region);

        assertThat(beside).containsEntry("waitingYouths", null).containsEntry("medianWaitingDays", null)
                .containsEntry("places", 42L).containsEntry("inflow", 20L);
    }

    @Test
    void theRegionBesideHidesWhatWouldGiveAwayASmallCountOfTheRestWithinItsGroup() {
        Map<String, Long> own = Map.of("inflow", 6L, "referrers.WIJKTEAM", 6L);
        Map<String, Long> region = new java.util.TreeMap<>(Map.of("inflow", 29L, "referrers.WIJKTEAM", 16L,
                "referrers.GI", 3L, "referrers.HUISARTS", 10L));

        Map<String, Long> beside = FigureCalculator.regionBeside(own, region);

        // The rest of the region had 3 from a GI: hidden, and with it one more of the rest's referrers,
        // or 29 - 6 - 10 - 10 would tell it.
        assertThat(beside).containsEntry("referrers.GI", null).containsEntry("inflow", 29L);
        assertThat(java.util.stream.Stream.of("referrers.WIJKTEAM", "referrers.HUISARTS").filter(n -> beside.get(n) == null))
                .hasSize(1);
    }

    @Test
    void staysAndTheFlowsOfThisMonthAndTheLastCountYouthsAndAreSuppressedBelowFive() {
        List<FigureInputs.Stay> stays = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            stays.add(new FigureInputs.Stay(HERE, UnitKind.FAMILY_HOME, TODAY.minusDays(3 + i), null, false, null, null,
                    true));
        }
        stays.add(new FigureInputs.Stay(HERE, UnitKind.CRISIS_GROUP, TODAY.minusDays(40), TODAY.minusDays(12), true,
                null, null, false));
        for (int i = 0; i < 6; i++) {
            stays.add(new FigureInputs.Stay(HERE, UnitKind.FAMILY_HOME, LocalDate.of(2026, 9, 1),
                    null, false, LocalDate.of(2026, 10, 5 + i), i < 5 ? "HOME" : "ANOTHER_PLACEMENT", false));
        }
        stays.add(new FigureInputs.Stay(THERE, UnitKind.FAMILY_HOME, TODAY.minusDays(1), null, false, null, null,
                false));

        Map<String, Long> here = FigureCalculator.figures(HERE, inputs(List.of(), List.of(), stays), TODAY);

        assertThat(here).containsEntry("activePlacements", 6L).containsEntry("bridgingPlacements", null)
                .containsEntry("crisisStaysPast28Days", null).containsEntry("throughflow", 5L)
                .containsEntry("replacements", 5L).containsEntry("replacementsPreviousMonth", 0L)
                .containsEntry("outflow", 0L)
                // One ending of six was to another placement: hidden, and with it the five home, so the
                // total of six tells no destination.
                .containsEntry("endingsPreviousMonth.ANOTHER_PLACEMENT", null)
                .containsEntry("endingsPreviousMonth.HOME", null).containsEntry("outflowPreviousMonth", 6L);
    }

    @Test
    void requestsDeclinesAndUnmetNeedsCountForTheResponsibleMunicipalityInTheirMonth() {
        List<FigureInputs.Request> requests = new ArrayList<>();
        List<FigureInputs.Declined> declined = new ArrayList<>();
        List<FigureInputs.Unmet> unmet = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            requests.add(new FigureInputs.Request(HERE, TODAY.minusDays(i), "WIJKTEAM"));
            declined.add(new FigureInputs.Declined(HERE, "NO_STAFF", TODAY.minusDays(i)));
            unmet.add(new FigureInputs.Unmet(HERE, Set.of("AGE_OUT_OF_RANGE"), TODAY.minusDays(i), 14, "F"));
        }
        requests.add(new FigureInputs.Request(THERE, TODAY, "GI"));
        FigureInputs in = new FigureInputs(List.of(), List.of(), List.of(), requests, declined, unmet);

        Map<String, Long> here = FigureCalculator.figures(HERE, in, TODAY);

        assertThat(here).containsEntry("inflow", 7L).containsEntry("declinedProposals.NO_STAFF", 7L)
                .containsEntry("unmetNeeds.AGE_OUT_OF_RANGE", 7L).containsEntry("inflowPreviousMonth", 0L);
        assertThat(FigureCalculator.figures(THERE, in, TODAY)).containsEntry("inflow", null);
    }

    @Test
    void theReferrerMixAndUnmetNeedsByAgeBandAndGenderAreSuppressedLikeEveryYouthCount() {
        List<FigureInputs.Request> requests = new ArrayList<>();
        List<FigureInputs.Unmet> unmet = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            requests.add(new FigureInputs.Request(HERE, TODAY.minusDays(i % 3), "WIJKTEAM"));
            unmet.add(new FigureInputs.Unmet(HERE, Set.of("PLACE_AVAILABLE"), TODAY, 13 + i % 2, "M"));
        }
        for (int i = 0; i < 6; i++) {
            requests.add(new FigureInputs.Request(HERE, TODAY, "GI"));
            unmet.add(new FigureInputs.Unmet(HERE, Set.of("PLACE_AVAILABLE"), TODAY, 8, "F"));
        }
        requests.add(new FigureInputs.Request(HERE, TODAY, "HUISARTS"));
        unmet.add(new FigureInputs.Unmet(HERE, Set.of("PLACE_AVAILABLE"), TODAY, 17, null));
        FigureInputs in = new FigureInputs(List.of(), List.of(), List.of(), requests, List.of(), unmet);

        Map<String, Long> here = FigureCalculator.figures(HERE, in, TODAY);

        // One GP referral: hidden, and with it the next smallest (the six of the GI), so that the
        // total of sixteen tells neither.
        assertThat(here).containsEntry("inflow", 16L).containsEntry("referrers.WIJKTEAM", 9L)
                .containsEntry("referrers.GI", null).containsEntry("referrers.HUISARTS", null);
        assertThat(here).containsEntry("unmetNeeds", 16L).containsEntry("unmetNeedsByAge.12-15", 9L)
                .containsEntry("unmetNeedsByAge.6-11", null).containsEntry("unmetNeedsByAge.16-17", null)
                .containsEntry("unmetNeedsByGender.M", 9L).containsEntry("unmetNeedsByGender.F", null)
                .containsEntry("unmetNeedsByGender.UNKNOWN", null);
        assertThat(FigureCalculator.ageBand(5)).isEqualTo("0-5");
        assertThat(FigureCalculator.ageBand(6)).isEqualTo("6-11");
        assertThat(FigureCalculator.ageBand(18)).isEqualTo("18+");
    }

    private static FigureInputs inputs(List<FigureInputs.Unit> units, List<FigureInputs.WaitingYouth> waiting,
            List<FigureInputs.Stay> stays) {
        return new FigureInputs(units, waiting, stays, List.of(), List.of(), List.of());
    }
}
