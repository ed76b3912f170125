package nl.plekwijzer.availability.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.availability.status.StatusApplication.KnownUnit;
import nl.plekwijzer.availability.status.StatusApplication.Outcome;
import nl.plekwijzer.availability.status.StatusApplication.Received;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;
import nl.plekwijzer.contracts.events.BedStatusReported;

class StatusApplicationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Map<String, KnownUnit> ONE_UNIT = Map.of("u-1", new KnownUnit("u-1", "98000001", 6, null));

    @Test
    void theSameEventTwiceIsAppliedOnce() {
        BedStatusReported report = report("u-1", 2, NOW.minusMinutes(1));

        Outcome first = StatusApplication.apply(fromThisService(report, report), Set.of(), ONE_UNIT, NOW);
        Outcome replay = StatusApplication.apply(fromThisService(report), Set.of(report.eventId()), ONE_UNIT, NOW);

        assertThat(first.history()).hasSize(1);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(replay.history()).isEmpty();
        assertThat(replay.changedStatus()).isEmpty();
        assertThat(replay.duplicates()).isEqualTo(1);
    }

    @Test
    void anOlderEventAfterANewerOneIsKeptInHistoryButDoesNotOverwrite() {
        BedStatusReported newer = report("u-1", 2, NOW.minusMinutes(1));
        BedStatusReported older = report("u-1", 5, NOW.minusMinutes(10));

        Outcome outcome = StatusApplication.apply(fromThisService(newer, older), Set.of(), ONE_UNIT, NOW);

        assertThat(outcome.history()).extracting(StatusApplication.HistoryEntry::applied).containsExactly(true, false);
        assertThat(outcome.changedStatus().get("u-1").availablePlaces()).isEqualTo(2);
    }

    @Test
    void anOlderEventThanTheStoredStatusChangesNothing() {
        UnitStatus stored = new UnitStatus(UUID.randomUUID(), 1, 5, 0, Light.GREEN, null, null, null, NOW.minusMinutes(1));
        Map<String, KnownUnit> units = Map.of("u-1", new KnownUnit("u-1", "98000001", 6, stored));

        Outcome outcome = StatusApplication.apply(fromThisService(report("u-1", 4, NOW.minusHours(1))), Set.of(), units, NOW);

        assertThat(outcome.changedStatus()).isEmpty();
        assertThat(outcome.history()).singleElement().extracting(StatusApplication.HistoryEntry::applied).isEqualTo(false);
    }

    @Test
    void aRepeatOfTheSameFiguresLaterIsAConfirmation() {
        UnitStatus stored = new UnitStatus(UUID.randomUUID(), 2, 4, 0, Light.GREEN, null, null, null, NOW.minusHours(30));
        Map<String, KnownUnit> units = Map.of("u-1", new KnownUnit("u-1", "98000001", 6, stored));

        Outcome outcome = StatusApplication.apply(fromThisService(report("u-1", 2, NOW)), Set.of(), units, NOW);

        assertThat(outcome.changedStatus().get("u-1").lastReportedAt()).isEqualTo(NOW);
    }

    @Test
    void unknownUnitsAndImpossibleFiguresAreRejectedWithAReason() {
        BedStatusReported unknown = report("u-404", 1, NOW);
        BedStatusReported tooMany = new BedStatusReported(UUID.randomUUID(), "u-1", NOW, 4, 4, 0, null, null, null, null);

        Outcome outcome = StatusApplication.apply(fromThisService(unknown, tooMany), Set.of(), ONE_UNIT, NOW);

        assertThat(outcome.rejections()).extracting(StatusApplication.Rejection::reason)
                .containsExactly("Unknown unit 'u-404'",
                        "availablePlaces available (4) + occupied (4) + heldBack (0) = 8 exceeds the unit's 6 places");
        assertThat(outcome.history()).isEmpty();
    }

    @Test
    void aReasonCodeOnALightTheFiguresMakeGreenIsRejected() {
        BedStatusReported freePlaceWithReason = new BedStatusReported(UUID.randomUUID(), "u-1", NOW, 1, 5, 0, null,
                LightReason.STAFFING, null, null);

        Outcome outcome = StatusApplication.apply(fromThisService(freePlaceWithReason), Set.of(), ONE_UNIT, NOW);

        assertThat(outcome.rejections()).extracting(StatusApplication.Rejection::reason)
                .containsExactly("reasonCode is for an ORANGE or RED light only");
        assertThat(outcome.history()).isEmpty();
    }

    @Test
    void theLightIsDerivedWhenAbsentAndKeptWhenGiven() {
        BedStatusReported derived = new BedStatusReported(UUID.randomUUID(), "u-1", NOW.minusMinutes(2), 0, 5, 1,
                null, null, null, null);
        BedStatusReported given = new BedStatusReported(UUID.randomUUID(), "u-1", NOW.minusMinutes(1), 1, 5, 0,
                Light.ORANGE, LightReason.AFTER_CONSULTATION, "on request", null);

        Outcome outcome = StatusApplication.apply(fromThisService(derived, given), Set.of(), ONE_UNIT, NOW);

        assertThat(outcome.history()).extracting(StatusApplication.HistoryEntry::light)
                .containsExactly(Light.ORANGE, Light.ORANGE);
        assertThat(outcome.changedStatus().get("u-1").reason()).isEqualTo("on request");
        assertThat(outcome.changedStatus().get("u-1").reasonCode()).isEqualTo(LightReason.AFTER_CONSULTATION);
    }

    private static BedStatusReported report(String unitId, int available, OffsetDateTime occurredAt) {
        return new BedStatusReported(UUID.randomUUID(), unitId, occurredAt, available, 6 - available, 0, null, null,
                null, null);
    }

    @Test
    void aReportOnAProvidersOwnTopicChangesOnlyThatProvidersUnits() {
        Map<String, KnownUnit> units = Map.of("u-1", new KnownUnit("u-1", "98000001", 6, null),
                "u-2", new KnownUnit("u-2", "98000002", 6, null));
        BedStatusReported own = report("u-1", 2, NOW.minusMinutes(1));
        BedStatusReported other = report("u-2", 0, NOW.minusMinutes(1));

        Outcome outcome = StatusApplication.apply(List.of(new Received(own, "98000001"), new Received(other, "98000001")),
                Set.of(), units, NOW);

        assertThat(outcome.changedStatus()).containsOnlyKeys("u-1");
        assertThat(outcome.rejections()).singleElement().satisfies(r -> {
            assertThat(r.received().report()).isEqualTo(other);
            assertThat(r.reason()).contains("not a unit of the provider whose status topic this came from");
        });
        assertThat(StatusApplication.apply(fromThisService(other), Set.of(), units, NOW).changedStatus()).containsOnlyKeys("u-2");
    }

    /**
     * The consumer writes the history before it knows which events it saw before, with the flags
     * worked out as if all were new. When the events seen before are the ones the stored statuses
     * took in, those are the flags of the events that are new, and nothing needs correcting. Here a
     * first poll is applied, then a second that mixes new events with events of the first, many at
     * the same moment, for 2,000 random pairs of polls.
     */
    @Test
    void anEventsAppliedFlagDoesNotDependOnWhichOthersWereSeenBefore() {
        Random random = new Random(18);
        List<String> unitIds = List.of("u-1", "u-2", "u-3");
        for (int round = 0; round < 2_000; round++) {
            Map<String, KnownUnit> empty = new HashMap<>();
            unitIds.forEach(id -> empty.put(id, new KnownUnit(id, "98000001", 6, null)));
            List<BedStatusReported> firstPoll = randomReports(random, unitIds, 1 + random.nextInt(8));
            Outcome first = StatusApplication.apply(fromThisService(firstPoll.toArray(BedStatusReported[]::new)), Set.of(), empty, NOW);
            Map<String, KnownUnit> afterFirst = new HashMap<>(empty);
            first.changedStatus().forEach((id, status) -> afterFirst.put(id, new KnownUnit(id, "98000001", 6, status)));
            Set<UUID> seenBefore = new HashSet<>();
            first.history().forEach(entry -> seenBefore.add(entry.report().eventId()));

            List<BedStatusReported> secondPoll = new ArrayList<>(randomReports(random, unitIds, random.nextInt(8)));
            for (int i = random.nextInt(4); i > 0; i--) {
                secondPoll.add(random.nextInt(secondPoll.size() + 1), firstPoll.get(random.nextInt(firstPoll.size())));
            }
            List<Received> second = fromThisService(secondPoll.toArray(BedStatusReported[]::new));

            Outcome known = StatusApplication.apply(second, seenBefore, afterFirst, NOW);
            Outcome assumingAllNew = StatusApplication.apply(second, Set.of(), afterFirst, NOW);

            assertThat(assumingAllNew.history()).filteredOn(entry -> !seenBefore.contains(entry.report().eventId()))
                    .as("round %d", round).containsExactlyElementsOf(known.history());
            assertThat(StatusApplication.appliedFlagsChanged(assumingAllNew, known)).as("round %d", round).isEmpty();
        }
    }

    @Test
    void anEventIdUsedAgainForOtherContentHasTheFlagsOfTheOthersCorrected() {
        UnitStatus stored = new UnitStatus(UUID.randomUUID(), 1, 5, 0, Light.GREEN, null, null, null, NOW.minusMinutes(10));
        Map<String, KnownUnit> units = Map.of("u-1", new KnownUnit("u-1", "98000001", 6, stored));
        // The id of the stored status's event, again, but now for a later moment: seen before, so ignored.
        BedStatusReported reused = new BedStatusReported(stored.eventId(), "u-1", NOW, 0, 6, 0, null, null, null, null);
        BedStatusReported fresh = report("u-1", 3, NOW.minusMinutes(5));
        List<Received> poll = fromThisService(reused, fresh);

        Outcome written = StatusApplication.apply(poll, Set.of(), units, NOW);
        Outcome corrected = StatusApplication.apply(poll, Set.of(stored.eventId()), units, NOW);

        assertThat(written.history()).extracting(StatusApplication.HistoryEntry::applied).containsExactly(true, false);
        assertThat(corrected.changedStatus().get("u-1").eventId()).isEqualTo(fresh.eventId());
        assertThat(StatusApplication.appliedFlagsChanged(written, corrected)).singleElement().satisfies(entry -> {
            assertThat(entry.report()).isEqualTo(fresh);
            assertThat(entry.applied()).isTrue();
        });
        assertThat(StatusApplication.appliedFlagsChanged(corrected, corrected)).isEmpty();
    }

    private static List<BedStatusReported> randomReports(Random random, List<String> unitIds, int count) {
        List<BedStatusReported> reports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Few distinct moments, so that ties are common.
            reports.add(report(unitIds.get(random.nextInt(unitIds.size())), random.nextInt(7), NOW.minusMinutes(random.nextInt(4))));
        }
        return reports;
    }

    private static List<Received> fromThisService(BedStatusReported... reports) {
        return java.util.Arrays.stream(reports).map(report -> new Received(report, null)).toList();
    }
}
