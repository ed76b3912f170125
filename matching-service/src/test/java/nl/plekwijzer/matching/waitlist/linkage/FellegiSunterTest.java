package nl.plekwijzer.matching.waitlist.linkage;

import static nl.plekwijzer.matching.waitlist.linkage.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.matching.waitlist.linkage.FellegiSunter.Decision;
import nl.plekwijzer.matching.waitlist.linkage.FellegiSunter.Level;

class FellegiSunterTest {

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
        LinkRecord fenna = record("p1", "Fenna", "de", "Vries", BORN, "2032");
        assertThat(model.decide(fenna, record("p1", "Sara", null, "Bakker", BORN.plusYears(3), "9999")))
                .isEqualTo(Decision.LINK);
        assertThat(model.decide(fenna, record("p2", "Fenna", "de", "Vries", BORN, "2032")))
                .isEqualTo(Decision.NO_LINK);
    }

    @Test
    void oneTypoJoinsAndAMoveStillJoins() {
        LinkRecord fenna = record(null, "Fenna", "de", "Vries", BORN, "2032");
        assertThat(model.decide(fenna, record(null, "Fenna", null, "Vries, de", BORN, "2032")))
                .isEqualTo(Decision.LINK);
        // Two swapped letters in a short name leave half the bigrams: joined, but for review.
        assertThat(model.decide(fenna, record(null, "Fenna", "de", "Vreis", BORN, "2032")))
                .isEqualTo(Decision.REVIEW);
        assertThat(model.decide(record(null, "Mohammed", null, "El Amrani", BORN, "2032"),
                record(null, "Mohamed", null, "El Amrani", BORN, "2032"))).isEqualTo(Decision.LINK);
        assertThat(model.decide(fenna, record("p9", "Fenna", "de", "Vries", BORN, "1012")))
                .as("moved to Amsterdam").isEqualTo(Decision.LINK);
        assertThat(model.decide(fenna, record(null, "Fenna", "de", "Vries", LocalDate.of(2013, 2, 4), "1012")))
                .as("moved, and day and month swapped").isNotEqualTo(Decision.NO_LINK);
    }

    @Test
    void twinsStayApart() {
        LinkRecord fenna = record(null, "Fenna", "de", "Vries", BORN, "2032");
        assertThat(model.decide(fenna, record(null, "Femke", "de", "Vries", BORN, "2032"))).isEqualTo(Decision.NO_LINK);
        assertThat(model.decide(record(null, "Daan", null, "Bakker", BORN, "3011", Gender.M),
                record(null, "Sem", null, "Bakker", BORN, "3011", Gender.M))).isEqualTo(Decision.NO_LINK);
    }
}
