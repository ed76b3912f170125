package nl.plekwijzer.matching.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated.LinkConfidence;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated.Member;
import nl.plekwijzer.matching.waitlist.WaitlistCounts.Count;

class WaitlistCountsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aYouthOnTwoListsCountsTwiceRawAndOnceDeduplicatedWaitingSinceTheEarliestRegistration() {
        var raw = List.of(new WaitlistCounts.RawEntry(UnitKind.FAMILY_HOME, "GM0392"),
                new WaitlistCounts.RawEntry(UnitKind.FAMILY_HOME, "GM0392"));
        var youth = entry(UnitKind.FAMILY_HOME, "GM0392", TODAY.minusDays(30), TODAY.minusDays(100));

        WaitlistCounts.Stats stats = WaitlistCounts.of(null, raw, List.of(youth), false, TODAY);

        assertThat(stats.counts()).containsExactly(new Count(UnitKind.FAMILY_HOME, 2, 1, 100, 100));
        assertThat(stats.byMunicipality()).extracting(WaitlistCounts.MunicipalityCounts::municipalityCode)
                .containsExactly("GM0392");
    }

    @Test
    void theMedianAndLongestWaitPerCareFunction() {
        List<RegionalWaitlistEntryUpdated> youths = new ArrayList<>();
        for (int days : new int[] { 10, 40, 20, 300 }) {
            youths.add(entry(UnitKind.TREATMENT_GROUP, "GM0392", TODAY.minusDays(days)));
        }

        Count count = WaitlistCounts.of("GM0392", List.of(), youths, false, TODAY).counts().get(0);

        assertThat(count.medianWaitingDays()).isEqualTo(20);
        assertThat(count.longestWaitingDays()).isEqualTo(300);
    }

    @Test
    void aMunicipalitySeesItsOwnCountsWithCountsOf1To4AndTheirWaitingTimeSuppressedAndNoLongestWait() {
        List<RegionalWaitlistEntryUpdated> youths = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            youths.add(entry(UnitKind.FAMILY_HOME, "GM0392", TODAY.minusDays(10 * (i + 1))));
        }
        youths.add(entry(UnitKind.SECURE_CARE, "GM0392", TODAY.minusDays(400)));
        youths.add(entry(UnitKind.FAMILY_HOME, "GM0363", TODAY.minusDays(5)));

        WaitlistCounts.Stats stats = WaitlistCounts.of("GM0392", List.of(), youths, true, TODAY);

        assertThat(stats.counts()).containsExactly(
                new Count(UnitKind.FAMILY_HOME, 0, 6, 30, null),
                new Count(UnitKind.SECURE_CARE, 0, null, null, null));
        assertThat(stats.byMunicipality()).isNull();
    }

    @Test
    void aPlacedYouthLeavesTheDeduplicatedCountAndTheWaitingTimesButStaysOnTheProvidersListsRaw() {
        var raw = List.of(new WaitlistCounts.RawEntry(UnitKind.FAMILY_HOME, "GM0392"),
                new WaitlistCounts.RawEntry(UnitKind.FAMILY_HOME, "GM0392"));
        var waiting = entry(UnitKind.FAMILY_HOME, "GM0392", TODAY.minusDays(30));
        var placed = placed(entry(UnitKind.FAMILY_HOME, "GM0392", TODAY.minusDays(300)), TODAY.minusDays(2));

        WaitlistCounts.Stats stats = WaitlistCounts.of(null, raw, List.of(waiting, placed), false, TODAY);

        assertThat(stats.counts()).containsExactly(new Count(UnitKind.FAMILY_HOME, 2, 1, 30, 30));
    }

    private static RegionalWaitlistEntryUpdated placed(RegionalWaitlistEntryUpdated entry, LocalDate on) {
        return new RegionalWaitlistEntryUpdated(entry.clusterId(), entry.careFunction(), entry.municipalityCode(),
                entry.members(), entry.linkConfidence(), entry.linkScore(), on, false, entry.updatedAt());
    }

    private static RegionalWaitlistEntryUpdated entry(UnitKind careFunction, String municipality,
            LocalDate... registeredOn) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < registeredOn.length; i++) {
            members.add(new Member("9800000" + i, "E-" + i, registeredOn[i]));
        }
        return new RegionalWaitlistEntryUpdated("c", careFunction, municipality, members, LinkConfidence.SINGLE, null,
                null, false, OffsetDateTime.now());
    }
}
