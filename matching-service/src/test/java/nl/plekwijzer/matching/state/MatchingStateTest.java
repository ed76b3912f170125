package nl.plekwijzer.matching.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.IntendedDestination;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.matching.engine.HardRule;
import nl.plekwijzer.matching.engine.MatchingEngine;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.geo.Centroids;

/** The state rebuilt at a start: nothing ranked or served on the way, everything ranked once at the end. */
class MatchingStateTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now();

    private static MatchingState newState() {
        return new MatchingState(new MatchingEngine(new Scoring(Scoring.Settings.defaults()), 10),
                new Views(Centroids.none(), Centroids.none(), "TWENTE"), 5);
    }

    @Test
    void duringARebuildNothingIsRankedOrServedAndAtTheEndEverythingIsAsIfItHadBeenRankedAsItCame() {
        MatchingState rebuilt = newState();
        MatchingState live = newState();
        rebuilt.beginRebuild();
        UUID fits = UUID.randomUUID();
        UUID fitsNothing = UUID.randomUUID();
        for (MatchingState state : java.util.List.of(rebuilt, live)) {
            assertThat(state.applyRequest(request(fits, 14)).changedRankings()).hasSize(state == live ? 1 : 0);
            state.applyRequest(request(fitsNothing, 2));
            state.applyProfile(profile("home-1"));
            state.applyAvailability(availability("home-1", 2));
            state.applyProfile(profile("home-2"));
            state.applyAvailability(availability("home-2", 0));
        }
        assertThatThrownBy(() -> rebuilt.ranking(fits)).isInstanceOf(MatchingState.StillRebuilding.class);
        assertThatThrownBy(rebuilt::openPrimaryRankings).isInstanceOf(MatchingState.StillRebuilding.class);
        assertThatThrownBy(() -> rebuilt.candidates("home-1", 5)).isInstanceOf(MatchingState.StillRebuilding.class);

        AtomicBoolean wentLive = new AtomicBoolean();
        rebuilt.finishRebuild(() -> wentLive.set(true));

        assertThat(wentLive).isTrue();
        for (UUID requestId : java.util.List.of(fits, fitsNothing)) {
            assertThat(rebuilt.ranking(requestId).top()).extracting(r -> r.unit().unitId())
                    .isEqualTo(live.ranking(requestId).top().stream().map(r -> r.unit().unitId()).toList());
            assertThat(rebuilt.ranking(requestId).fitting()).isEqualTo(live.ranking(requestId).fitting());
        }
        assertThat(rebuilt.ranking(fits).top()).extracting(r -> r.unit().unitId()).containsExactly("home-1");
        assertThat(rebuilt.unmetRequestIds()).containsExactly(fitsNothing);
        // Its near misses are found after going live, in the background...
        assertThat(rebuilt.explainUnmetNeeds()).isEqualTo(1);
        assertThat(rebuilt.explainUnmetNeeds()).isZero();
        assertThat(rebuilt.unmetNeeds()).extracting(n -> n.request().requestId()).containsExactly(fitsNothing);
        // ...the two homes, both too old for a child of two.
        assertThat(rebuilt.unmetNeeds().get(0).exclusions()).containsEntry(HardRule.AGE_IN_RANGE, 2);
        // Live from here: a change is ranked and reported as it comes.
        assertThat(rebuilt.applyAvailability(availability("home-2", 1)).changedRankings())
                .extracting(r -> r.request().requestId()).containsExactly(fits);
    }

    @Test
    void unmetNeedsAskedForBeforeTheBackgroundReachedThemAreExplainedThen() {
        MatchingState rebuilt = newState();
        rebuilt.beginRebuild();
        UUID fitsNothing = UUID.randomUUID();
        rebuilt.applyRequest(request(fitsNothing, 2));
        rebuilt.applyProfile(profile("home-1"));
        rebuilt.applyAvailability(availability("home-1", 2));
        rebuilt.finishRebuild(() -> { });

        assertThat(rebuilt.unmetNeeds(java.util.List.of(fitsNothing, UUID.randomUUID())))
                .singleElement().satisfies(need -> assertThat(need.exclusions()).containsEntry(HardRule.AGE_IN_RANGE, 1));
        assertThat(rebuilt.explainUnmetNeeds()).isZero();
    }

    @Test
    void aRunOfEventsAnnouncesEachChangedRequestOnceWithItsNewestRankingAndLeavesOutWhatFailed() {
        MatchingState state = newState();
        UUID requestId = UUID.randomUUID();
        state.applyRequest(request(requestId, 14));
        state.applyProfile(profile("home-1"));
        UnitAvailabilityChanged unreadable = availability("home-1", 4);

        MatchingState.AppliedAll<UnitAvailabilityChanged> applied = state.applyAll(
                java.util.List.of(availability("home-1", 2), availability("home-1", 0), unreadable, availability("home-1", 3)),
                event -> {
                    if (event == unreadable) {
                        throw new IllegalStateException("cannot be applied");
                    }
                    return state.applyAvailability(event);
                });

        assertThat(applied.effects().changedRankings()).singleElement().satisfies(ranking -> {
            assertThat(ranking.request().requestId()).isEqualTo(requestId);
            assertThat(ranking.top()).singleElement().satisfies(r -> assertThat(r.unit().availablePlaces()).isEqualTo(3));
        });
        assertThat(applied.notApplied()).extracting(MatchingState.NotApplied::event).containsExactly(unreadable);
        assertThat(state.ranking(requestId).top().get(0).unit().availablePlaces()).isEqualTo(3);
    }

    private static UnitProfileUpdated profile(String unitId) {
        return new UnitProfileUpdated(unitId, "98000001", "Jeugdhulp Twente", "Gezinshuis " + unitId,
                UnitKind.FAMILY_HOME, "44", 4, 6, 17, Set.of(Gender.F, Gender.M), Set.of(Domain.PARENTING_SUPPORT),
                Set.of(), false, new BigDecimal("160"), new BigDecimal("4.00"), "MEDIUM", false, false, "GM0153",
                "7511AB", 52.22, 6.89, 24, NOW, Set.of(StayLength.LONG), false, null, false);
    }

    private static UnitAvailabilityChanged availability(String unitId, int available) {
        return new UnitAvailabilityChanged(unitId, "98000001", UnitKind.FAMILY_HOME, 4, available, 4 - available, 0,
                available > 0 ? Light.GREEN : Light.RED, null, null, null, NOW, NOW, false);
    }

    private static PlacementRequestUpdated request(UUID requestId, int age) {
        return new PlacementRequestUpdated(requestId, "3f".repeat(32), PlacementRequestUpdated.Status.OPEN, age,
                Gender.F, "7511", "GM0153", "GM0153",
                new PlacementRequestUpdated.Needs(Set.of(Domain.PARENTING_SUPPORT), Set.of(UnitKind.FAMILY_HOME), null,
                        false, Set.of(), Urgency.REGULAR, LocalDate.now().plusDays(7), false, null, null, false, null, false),
                null, "referrer", NOW, NOW, null, IntendedDestination.HOME, false, LocalDate.now().plusMonths(6),
                null, null, null);
    }
}
