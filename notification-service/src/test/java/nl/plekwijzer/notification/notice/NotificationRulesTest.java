package nl.plekwijzer.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.MatchSuggestionsUpdated;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.contracts.events.UnitWentStale;
import nl.plekwijzer.notification.notice.NotificationRules.CrisisStay;
import nl.plekwijzer.notification.notice.NotificationRules.OpenRequest;
import nl.plekwijzer.notification.notice.NotificationRules.StaleUnit;

class NotificationRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-29T10:00:00+01:00");
    private static final UUID REQUEST = UUID.fromString("11111111-1111-1111-1111-111111111111");

    @Test
    void aProposalGoesToTheProviderOnly() {
        List<Notice> notices = NotificationRules.onPlacementEvent(event(PlacementEvent.Type.PROPOSED, null), "ref-1");

        assertThat(notices).extracting(Notice::kind, Notice::recipient)
                .containsExactly(tuple(NotificationKind.PROPOSAL_RECEIVED, "provider:98000001"));
        assertThat(notices.get(0).message()).contains("unit-7");
    }

    @Test
    void anAcceptanceGoesToTheCoordinatorsAndTheReferrerWhenKnown() {
        assertThat(NotificationRules.onPlacementEvent(event(PlacementEvent.Type.ACCEPTED, null), "ref-1"))
                .extracting(Notice::recipient).containsExactly("role:coordinator", "user:ref-1");
        assertThat(NotificationRules.onPlacementEvent(event(PlacementEvent.Type.ACCEPTED, null), null))
                .extracting(Notice::recipient).containsExactly("role:coordinator");
    }

    @Test
    void aDeclineNamesItsReasonInDutchAndAnExpiryTellsTheCoordinators() {
        Notice declined = NotificationRules.onPlacementEvent(event(PlacementEvent.Type.DECLINED, "NO_STAFF"), "ref-1")
                .get(0);
        assertThat(declined.kind()).isEqualTo(NotificationKind.PROPOSAL_DECLINED);
        assertThat(declined.recipient()).isEqualTo("role:coordinator");
        assertThat(declined.message()).contains("geen personeel");

        assertThat(NotificationRules.onPlacementEvent(event(PlacementEvent.Type.EXPIRED, "HOLD_EXPIRED"), "ref-1"))
                .extracting(Notice::kind, Notice::recipient).containsExactly(
                        tuple(NotificationKind.PROPOSAL_EXPIRED, "role:coordinator"));
    }

    @Test
    void anEscalatedCrisisAndABridgingPlacementReachEveryoneConcerned() {
        assertThat(NotificationRules.onPlacementEvent(event(PlacementEvent.Type.ESCALATED, null), "ref-1"))
                .extracting(Notice::kind).containsOnly(NotificationKind.CRISIS_UNPLACED);
        assertThat(NotificationRules.onPlacementEvent(event(PlacementEvent.Type.ESCALATED, null), "ref-1"))
                .extracting(Notice::recipient).containsExactly("role:coordinator", "user:ref-1");
        assertThat(NotificationRules.onPlacementEvent(event(PlacementEvent.Type.BRIDGING, null), "ref-1"))
                .extracting(Notice::recipient).containsExactly("role:coordinator", "provider:98000001");
    }

    @Test
    void placedEndedAndWithdrawnAreNotAnnounced() {
        for (PlacementEvent.Type type : List.of(PlacementEvent.Type.PLACED, PlacementEvent.Type.ENDED,
                PlacementEvent.Type.WITHDRAWN)) {
            assertThat(NotificationRules.onPlacementEvent(event(type, null), "ref-1")).isEmpty();
        }
    }

    @Test
    void oneEventGivesOneDedupeKeyForAllItsRecipients() {
        PlacementEvent accepted = event(PlacementEvent.Type.ACCEPTED, null);
        assertThat(NotificationRules.onPlacementEvent(accepted, "ref-1")).extracting(Notice::dedupeKey)
                .containsOnly(accepted.eventId().toString());
    }

    @Test
    void aFittingPlaceAppearsOnlyWhenThereWasNoneBefore() {
        assertThat(NotificationRules.fittingPlaceAppeared(false, true)).isTrue();
        assertThat(NotificationRules.fittingPlaceAppeared(true, true)).isFalse();
        assertThat(NotificationRules.fittingPlaceAppeared(null, true)).isFalse();
        assertThat(NotificationRules.fittingPlaceAppeared(false, false)).isFalse();
        assertThat(NotificationRules.hasFreeFittingPlace(suggestions(1, false))).isTrue();
        assertThat(NotificationRules.hasFreeFittingPlace(suggestions(0, false))).isFalse();
        assertThat(NotificationRules.hasFreeFittingPlace(suggestions(2, true))).isFalse();
    }

    @Test
    void aCrisisStayRemindsOnDay21AndOnItsLastDayOnly() {
        LocalDate start = LocalDate.of(2026, 11, 1);
        CrisisStay stay = new CrisisStay(UUID.randomUUID(), REQUEST, "unit-7", "98000001", start, start.plusDays(28));

        assertThat(NotificationRules.crisisClock(stay, start.plusDays(20))).isEmpty();
        assertThat(NotificationRules.crisisClock(stay, start.plusDays(21))).extracting(Notice::kind)
                .containsOnly(NotificationKind.CRISIS_DAY_21);
        assertThat(NotificationRules.crisisClock(stay, start.plusDays(21))).extracting(Notice::recipient)
                .containsExactly("role:coordinator", "provider:98000001");
        // The same occasion every run until the last day: one dedupe key.
        assertThat(NotificationRules.crisisClock(stay, start.plusDays(25)).get(0).dedupeKey())
                .isEqualTo(NotificationRules.crisisClock(stay, start.plusDays(21)).get(0).dedupeKey());
        assertThat(NotificationRules.crisisClock(stay, start.plusDays(28))).extracting(Notice::kind)
                .containsOnly(NotificationKind.CRISIS_END_DATE);
        assertThat(NotificationRules.crisisClock(stay, start.plusDays(29))).isEmpty();
    }

    @Test
    void aSevenDayMentalHealthCrisisBedHasNoDay21() {
        LocalDate start = LocalDate.of(2026, 11, 1);
        CrisisStay bed = new CrisisStay(UUID.randomUUID(), REQUEST, "bed-1", "98000001", start, start.plusDays(7));
        for (int day = 0; day < 7; day++) {
            assertThat(NotificationRules.crisisClock(bed, start.plusDays(day))).isEmpty();
        }
        assertThat(NotificationRules.crisisClock(bed, start.plusDays(7))).extracting(Notice::kind)
                .containsOnly(NotificationKind.CRISIS_END_DATE);
    }

    @Test
    void aStaleUnitsProviderIsRemindedDailyAndTheCoordinatorsAfterThreeDaysOnce() {
        StaleUnit unit = new StaleUnit("unit-7", "98000001", NOW);

        assertThat(NotificationRules.staleReminders(unit, NOW.plusHours(23), 3)).isEmpty();
        List<Notice> dayOne = NotificationRules.staleReminders(unit, NOW.plusHours(25), 3);
        assertThat(dayOne).extracting(Notice::kind).containsExactly(NotificationKind.UNIT_STILL_STALE);
        List<Notice> dayTwo = NotificationRules.staleReminders(unit, NOW.plusDays(2), 3);
        assertThat(dayTwo.get(0).dedupeKey()).isNotEqualTo(dayOne.get(0).dedupeKey());
        List<Notice> dayThree = NotificationRules.staleReminders(unit, NOW.plusDays(3), 3);
        assertThat(dayThree).extracting(Notice::kind)
                .containsExactly(NotificationKind.UNIT_STILL_STALE, NotificationKind.UNIT_STALE_FOR_DAYS);
        assertThat(NotificationRules.staleReminders(unit, NOW.plusDays(5), 3).get(1).dedupeKey())
                .isEqualTo(dayThree.get(1).dedupeKey());
    }

    @Test
    void theReferrerHearsOfADecisionEndingWithinTwoWeeks() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(NotificationRules.decisionExpiring(new OpenRequest(REQUEST, "ref-1", today.plusDays(15)), today))
                .isEmpty();
        List<Notice> warned = NotificationRules.decisionExpiring(new OpenRequest(REQUEST, "ref-1", today.plusDays(14)),
                today);
        assertThat(warned).extracting(Notice::kind, Notice::recipient).containsExactly(
                tuple(NotificationKind.DECISION_EXPIRING, "user:ref-1"));
        assertThat(warned.get(0).message()).contains("13 december 2026");
        assertThat(NotificationRules.decisionExpiring(new OpenRequest(REQUEST, "ref-1", today.minusDays(1)), today))
                .isEmpty();
        assertThat(NotificationRules.decisionExpiring(new OpenRequest(REQUEST, null, today.plusDays(3)), today))
                .isEmpty();
    }

    @Test
    void anEventOlderThanTheMaximumAgeIsHistory() {
        java.time.Duration twoDays = java.time.Duration.ofDays(2);
        assertThat(NotificationRules.recent(NOW.minusHours(47), NOW, twoDays)).isTrue();
        assertThat(NotificationRules.recent(NOW.minusHours(49), NOW, twoDays)).isFalse();
        assertThat(NotificationRules.recent(null, NOW, twoDays)).isFalse();
    }

    private static PlacementEvent event(PlacementEvent.Type type, String reason) {
        return new PlacementEvent(UUID.randomUUID(), type, UUID.randomUUID(), REQUEST,
                type == PlacementEvent.Type.ESCALATED ? null : "unit-7",
                type == PlacementEvent.Type.ESCALATED ? null : "98000001", type == PlacementEvent.Type.BRIDGING, reason,
                NOW, null, null, null, false);
    }

    private static MatchSuggestionsUpdated suggestions(int availablePlaces, boolean stale) {
        return new MatchSuggestionsUpdated(REQUEST, NOW, List.of(new MatchSuggestionsUpdated.Suggestion(1, "unit-7",
                "98000001", UnitKind.FAMILY_HOME, BigDecimal.ONE, BigDecimal.TEN, availablePlaces, stale)), Map.of());
    }
}
