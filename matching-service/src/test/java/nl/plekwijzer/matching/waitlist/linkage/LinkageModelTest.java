package nl.plekwijzer.matching.waitlist.linkage;

import static nl.plekwijzer.matching.waitlist.linkage.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.matching.waitlist.linkage.FellegiSunter.Decision;

class LinkageModelTest {

    private static final LocalDate BORN = LocalDate.of(2013, 4, 2);

    /** The extended set without any BSN, in member order, as production fits it. */
    private static final List<LinkRecord> NO_BSN = new SyntheticWaitlists(2027).generateExtended(4_000, 60, 1.0).stream()
            .sorted(Comparator.comparing(SyntheticWaitlists.Entry::member)).map(SyntheticWaitlists.Entry::record).toList();

    @Test
    void learnsFromTheListWithoutTruthWhatAgreementMeans() {
        LinkageModel model = LinkageModel.fit(NO_BSN);
        LinkageModel.Parameters parameters = model.parameters();

        assertThat(parameters.learnt()).isTrue();
        assertThat(parameters.entries()).isEqualTo(NO_BSN.size());
        LinkageModel.Level sameDate = parameters.comparisons().get(Comparison.BIRTH_DATE).get(0);
        // In the set about 85% of the entries of one youth have the same date: learnt, not told.
        assertThat(sameDate.m()).isBetween(0.7, 0.95);
        assertThat(sameDate.u()).isLessThan(0.002);
        assertThat(sameDate.weight()).isGreaterThan(8);
        LinkageModel.Level genderDifferent = parameters.comparisons().get(Comparison.GENDER).get(1);
        assertThat(genderDifferent.weight()).isLessThan(-5);
        // About 2.5 entries per youth among ~10,000: two random entries are one youth ~1.5 in 10,000.
        assertThat(parameters.matchChanceOfTwoEntries()).isBetween(0.5e-4, 3e-4);
        assertThat(parameters.placeholderDates()).as("1 January of dates known only to the year").isEqualTo(1);
    }

    @Test
    void theSameEntriesGiveTheSameModel() {
        assertThat(LinkageModel.fit(NO_BSN).parameters()).isEqualTo(LinkageModel.fit(NO_BSN).parameters());
    }

    @Test
    void aCommonNameWeighsLessThanARareOne() {
        LinkageModel model = LinkageModel.fit(NO_BSN);
        LinkRecord common = record(null, "Emma", null, "de Jong", BORN, "2032");
        LinkRecord rare = record(null, "Wytske", null, "Aardema", BORN, "2032");

        assertThat(model.weight(rare, rare)).isGreaterThan(model.weight(common, common) + 3);
    }

    @Test
    void twinsStayApartAndCallNamesInitialsAndMovesJoin() {
        FellegiSunter linker = FellegiSunter.of(LinkageModel.fit(NO_BSN));
        LinkRecord fenna = record(null, "Fenna", "de", "Vries", BORN, "2032");

        assertThat(linker.decide(fenna, record(null, "Femke", "de", "Vries", BORN, "2032"))).isEqualTo(Decision.NO_LINK);
        assertThat(linker.decide(fenna, record(null, "Fenna", null, "Vries, de", BORN, "2032"))).isEqualTo(Decision.LINK);
        assertThat(linker.decide(fenna, record(null, "F.", null, "de Vries", BORN, "2032"))).isEqualTo(Decision.LINK);
        LinkRecord johannes = record(null, "Johannes Cornelis", null, "Bakker", BORN, "2032");
        assertThat(linker.decide(johannes, record(null, "Hans", null, "Bakker", BORN, "2032"))).isEqualTo(Decision.LINK);
        assertThat(linker.decide(fenna, record(null, "Fenna", "de", "Vries", BORN, "1012")))
                .as("moved to Amsterdam").isNotEqualTo(Decision.NO_LINK);
        assertThat(linker.decide(fenna, record("p1", "Fenna", "de", "Vries", BORN, "2032")))
                .as("one BSN known: the weight decides").isEqualTo(Decision.LINK);
        assertThat(linker.decide(record("p2", "Fenna", "de", "Vries", BORN, "2032"),
                record("p1", "Fenna", "de", "Vries", BORN, "2032"))).as("two BSNs decide alone").isEqualTo(Decision.NO_LINK);
    }

    @Test
    void aListTooSmallToLearnFromKeepsThePriorParameters() {
        assertThat(LinkageModel.fit(NO_BSN.subList(0, LinkageModel.MIN_RECORDS_TO_FIT - 1)).parameters())
                .isEqualTo(LinkageModel.prior().parameters());
        assertThat(LinkageModel.weightOf(0.5)).isCloseTo(0, within(1e-9));
    }
}
