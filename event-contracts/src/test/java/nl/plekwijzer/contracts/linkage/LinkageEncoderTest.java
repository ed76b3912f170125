package nl.plekwijzer.contracts.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.events.LinkageKeys;

class LinkageEncoderTest {

    private static final LocalDate BORN = LocalDate.of(2013, 4, 2);
    private final LinkageEncoder encoder = new LinkageEncoder(
            new NameEncoder("linkage-key-for-tests-only-32byte".getBytes(StandardCharsets.UTF_8)));

    @Test
    void keysCarryNoNameNoReadableBirthDateAndNoFullPostcode() {
        LinkageKeys keys = encoder.keysOf("Fenna Maria", "de", "Vries-Jansen", BORN, Gender.F, "2032 AB");

        assertThat(keys.pc4()).isEqualTo("2032");
        assertThat(keys.givenNames()).hasSize(2);
        assertThat(keys.familyNames()).as("whole, then each part").hasSize(3);
        assertThat(keys.toString()).doesNotContainIgnoringCase("fenna").doesNotContainIgnoringCase("vries")
                .doesNotContain("2013", "2032AB", "2032 AB", "04-02");
        assertThat(LinkageEncoder.pc4(null)).isNull();
        assertThat(LinkageEncoder.pc4("0123AB")).isNull();
    }

    @Test
    void theSameYouthWrittenDifferentlyGivesComparableKeys() {
        LinkageKeys keys = encoder.keysOf("Fenna", "de", "Vries", BORN, Gender.F, "2032AB");
        LinkageKeys elsewhere = encoder.keysOf("F.", null, "Vries, de", LocalDate.of(2013, 2, 4), Gender.F, "2032AB");

        assertThat(elsewhere.familyNames()).isEqualTo(keys.familyNames());
        assertThat(elsewhere.givenNames()).as("initials only").isEmpty();
        assertThat(elsewhere.firstInitial()).isEqualTo(keys.firstInitial());
        // Day and month swapped: the one's date is the other's swapped date, and only the year agrees.
        assertThat(elsewhere.birthDate().date()).isNotEqualTo(keys.birthDate().date());
        assertThat(elsewhere.birthDate().swapped()).isEqualTo(keys.birthDate().date());
        assertThat(elsewhere.birthDate().year()).isEqualTo(keys.birthDate().year());
        assertThat(elsewhere.birthDate().yearMonth()).isNotEqualTo(keys.birthDate().yearMonth());
        // A day off: year and month still agree.
        LinkageKeys nextDay = encoder.keysOf("Fenna", "de", "Vries", BORN.plusDays(1), Gender.F, "2032AB");
        assertThat(nextDay.birthDate().yearMonth()).isEqualTo(keys.birthDate().yearMonth());
        assertThat(nextDay.birthDate().yearDay()).isNotEqualTo(keys.birthDate().yearDay());
        assertThat(nextDay.birthDate().monthDay()).isNotEqualTo(keys.birthDate().monthDay());
    }

    @Test
    void tokensDependOnTheKey() {
        LinkageEncoder otherKey = new LinkageEncoder(
                new NameEncoder("another-linkage-key-for-tests-32b".getBytes(StandardCharsets.UTF_8)));

        assertThat(otherKey.keysOf("Fenna", null, "Vries", BORN, Gender.F, null).birthDate())
                .isNotEqualTo(encoder.keysOf("Fenna", null, "Vries", BORN, Gender.F, null).birthDate());
    }
}
