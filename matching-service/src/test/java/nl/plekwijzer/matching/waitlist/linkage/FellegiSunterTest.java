package nl.plekwijzer.matching.waitlist.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.linkage.DutchNames;
import nl.plekwijzer.contracts.linkage.NameEncoder;
import nl.plekwijzer.matching.waitlist.linkage.FellegiSunter.Decision;
import nl.plekwijzer.matching.waitlist.linkage.FellegiSunter.Level;

class FellegiSunterTest {

    private static final NameEncoder ENCODER = new NameEncoder("a-linkage-key-for-these-tests-32b".getBytes(
            StandardCharsets.UTF_8));
    private static final LocalDate BORN = LocalDate.of(2013, 4, 2);
    private final FellegiSunter model = FellegiSunter.defaults();

    @Test
    void birthDatesAgreePartlyOnOneDigitOrDayAndMonthSwapped() {
        assertThat(FellegiSunter.dateLevel(BORN, BORN)).isEqualTo(Level.AGREE);
        assertThat(FellegiSunter.dateLevel(BORN, LocalDate.of(2013, 2, 4))).as("swapped").isEqualTo(Level.PARTIAL);
        assertThat(FellegiSunter.dateLevel(BORN, LocalDate.of(2012, 4, 2))).as("year digit").isEqualTo(Level.PARTIAL);
        assertThat(FellegiSunter.dateLevel(BORN, LocalDate.of(2013, 4, 7))).as("day digit").isEqualTo(Level.PARTIAL);
        assertThat(FellegiSunter.dateLevel(BORN, LocalDate.of(2013, 5, 3))).as("two digits").isEqualTo(Level.DISAGREE);
    }

    @Test
    void namesAgreeByDiceOfTheirEncodings() {
        assertThat(FellegiSunter.nameLevel(0.9)).isEqualTo(Level.AGREE);
        assertThat(FellegiSunter.nameLevel(0.7)).isEqualTo(Level.PARTIAL);
        assertThat(FellegiSunter.nameLevel(0.3)).isEqualTo(Level.DISAGREE);
    }

    @Test
    void theSameBsnPseudonymDecidesAlone() {
        LinkRecord fenna = record(1, "p1", "Fenna", "de", "Vries", BORN, "2032");
        assertThat(model.decide(fenna, record(2, "p1", "Sara", null, "Bakker", BORN.plusYears(3), "9999")))
                .isEqualTo(Decision.LINK);
        assertThat(model.decide(fenna, record(2, "p2", "Fenna", "de", "Vries", BORN, "2032")))
                .isEqualTo(Decision.NO_LINK);
    }

    @Test
    void oneTypoJoinsAndAMoveStillJoins() {
        LinkRecord fenna = record(1, null, "Fenna", "de", "Vries", BORN, "2032");
        assertThat(model.decide(fenna, record(2, null, "Fenna", null, "Vries, de", BORN, "2032")))
                .isEqualTo(Decision.LINK);
        // Two swapped letters in a short name leave half the bigrams: joined, but for review.
        assertThat(model.decide(fenna, record(2, null, "Fenna", "de", "Vreis", BORN, "2032")))
                .isEqualTo(Decision.REVIEW);
        assertThat(model.decide(record(1, null, "Mohammed", null, "El Amrani", BORN, "2032"),
                record(2, null, "Mohamed", null, "El Amrani", BORN, "2032"))).isEqualTo(Decision.LINK);
        assertThat(model.decide(fenna, record(2, "p9", "Fenna", "de", "Vries", BORN, "1012")))
                .as("moved to Amsterdam").isEqualTo(Decision.LINK);
        assertThat(model.decide(fenna, record(2, null, "Fenna", "de", "Vries", LocalDate.of(2013, 2, 4), "1012")))
                .as("moved, and day and month swapped").isNotEqualTo(Decision.NO_LINK);
    }

    @Test
    void twinsStayApart() {
        LinkRecord fenna = record(1, null, "Fenna", "de", "Vries", BORN, "2032");
        assertThat(model.decide(fenna, record(2, null, "Femke", "de", "Vries", BORN, "2032"))).isEqualTo(Decision.NO_LINK);
        assertThat(model.decide(record(1, null, "Daan", null, "Bakker", BORN, "3011", Gender.M),
                record(2, null, "Sem", null, "Bakker", BORN, "3011", Gender.M))).isEqualTo(Decision.NO_LINK);
    }

    @Test
    void aClusterNeverJoinsTwoDifferentBsnsThroughAnEntryWithout() {
        LinkRecord withBsn1 = record(0, "p1", "Fenna", "de", "Vries", BORN, "2032");
        LinkRecord without = record(1, null, "Fenna", "de", "Vries", BORN, "2032");
        LinkRecord withBsn2 = record(2, "p2", "Fenna", "de", "Vries", BORN, "2032");

        Linker.Result result = new Linker(model).link(List.of(withBsn1, without, withBsn2));

        assertThat(result.clusterOf()[0]).isEqualTo(result.clusterOf()[1]);
        assertThat(result.clusterOf()[2]).isNotEqualTo(result.clusterOf()[0]);
    }

    private static LinkRecord record(int id, String pseudonym, String given, String prefix, String family,
            LocalDate birthDate, String pc4) {
        return record(id, pseudonym, given, prefix, family, birthDate, pc4, Gender.F);
    }

    private static LinkRecord record(int id, String pseudonym, String given, String prefix, String family,
            LocalDate birthDate, String pc4, Gender gender) {
        return new LinkRecord(id, pseudonym, LinkRecord.words(ENCODER.encode("given", DutchNames.givenName(given))),
                LinkRecord.words(ENCODER.encode("family", DutchNames.familyName(prefix, family))), birthDate, gender,
                pc4);
    }
}
