package nl.plekwijzer.matching.waitlist.linkage;

import static nl.plekwijzer.matching.waitlist.linkage.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Gender;

class ComparisonTest {

    private static final LocalDate BORN = LocalDate.of(2013, 4, 2);
    private static final Comparison.PlaceholderDates NONE = monthDay -> false;

    @Test
    void givenNamesCompareEveryNameAndForm() {
        assertThat(given("Fenna", "Fenna")).isEqualTo(1);
        assertThat(given("Hans", "Johannes Cornelis")).as("call name is the first official name").isEqualTo(1);
        assertThat(given("Kees", "Johannes Cornelis")).as("call name of the second").isEqualTo(2);
        assertThat(given("Johanes", "Hans")).as("a typo in the official name of a call name").isEqualTo(3);
        assertThat(given("Sxm", "Sem")).as("a typo in a short name").isEqualTo(5);
        assertThat(given("J.C.", "Johannes Cornelis")).isEqualTo(6);
        assertThat(given("J.", "Johannes Cornelis")).as("one initial against two").isEqualTo(7);
        assertThat(given("Fenna", "Femke")).as("twins with one first letter").isEqualTo(Comparison.GIVEN_DIFFERENT);
        assertThat(given("", "Femke")).as("not known").isZero();
    }

    @Test
    void familyNamesComparePartsOfADoubleNameAndACutOffName() {
        assertThat(family("de Vries", "Vries, de")).isEqualTo(1);
        assertThat(family("Jansen-de Vries", "Jansen")).isEqualTo(2);
        assertThat(family("Kromodikromo", "Kromodikromo")).isEqualTo(1);
        assertThat(family("Balgobind", "Balg")).as("cut off").isEqualTo(5);
        assertThat(family("Bakker", "Visser")).isEqualTo(6);
        assertThat(family("", "Visser")).isZero();
    }

    @Test
    void birthDatesCompareByTheirTokens() {
        assertThat(date(BORN, BORN, NONE)).isEqualTo(1);
        assertThat(date(BORN, LocalDate.of(2013, 2, 4), NONE)).as("swapped").isEqualTo(2);
        assertThat(date(BORN, LocalDate.of(2014, 4, 2), NONE)).as("a year off").isEqualTo(4);
        assertThat(date(BORN, LocalDate.of(2013, 4, 7), NONE)).as("another day").isEqualTo(4);
        assertThat(date(BORN, LocalDate.of(2013, 1, 1), NONE)).isEqualTo(5);
        LinkRecord jan1 = record(null, "Fenna", null, "Vries", LocalDate.of(2013, 1, 1), "2032");
        Comparison.PlaceholderDates firstOfJanuary = monthDay -> monthDay.equals(jan1.birthDate().monthDay());
        assertThat(date(BORN, LocalDate.of(2013, 1, 1), firstOfJanuary)).as("known to the year only").isEqualTo(3);
        assertThat(date(BORN, LocalDate.of(2012, 1, 1), firstOfJanuary)).isEqualTo(5);
    }

    @Test
    void genderAndPostcodeArea() {
        LinkRecord fenna = record(null, "Fenna", null, "Vries", BORN, "2032");
        assertThat(Comparison.GENDER.level(fenna, record(null, "Fenna", null, "Vries", BORN, "2032", Gender.M), NONE))
                .isEqualTo(2);
        assertThat(Comparison.PC4.level(fenna, record(null, "Fenna", null, "Vries", BORN, "2033"), NONE)).isEqualTo(2);
        assertThat(Comparison.PC4.level(fenna, record(null, "Fenna", null, "Vries", BORN, "2042"), NONE)).isEqualTo(2);
        assertThat(Comparison.PC4.level(fenna, record(null, "Fenna", null, "Vries", BORN, "2143"), NONE)).isEqualTo(3);
        assertThat(Comparison.PC4.level(fenna, record(null, "Fenna", null, "Vries", BORN, null), NONE)).isZero();
    }

    private static int given(String a, String b) {
        return Comparison.GIVEN_NAME.level(record(null, a, null, "Vries", BORN, "2032"),
                record(null, b, null, "Vries", BORN, "2032"), NONE);
    }

    private static int family(String a, String b) {
        return Comparison.FAMILY_NAME.level(record(null, "Fenna", null, a, BORN, "2032"),
                record(null, "Fenna", null, b, BORN, "2032"), NONE);
    }

    private static int date(LocalDate a, LocalDate b, Comparison.PlaceholderDates placeholders) {
        return Comparison.BIRTH_DATE.level(record(null, "Fenna", null, "Vries", a, "2032"),
                record(null, "Fenna", null, "Vries", b, "2032"), placeholders);
    }
}
