package nl.plekwijzer.contracts.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;


class NameLinkageTest {

    private final NameEncoder encoder = new NameEncoder("linkage-key-for-tests-only-32byte".getBytes(StandardCharsets.UTF_8));

    @Test
    void prefixesAreDroppedWhereverTheyStand() {
        assertThat(DutchNames.familyName("van den", "Berg")).isEqualTo("berg");
        assertThat(DutchNames.familyName(null, "Berg, van den")).isEqualTo("berg");
        assertThat(DutchNames.familyName(null, "v.d. Berg")).isEqualTo("berg");
        assertThat(DutchNames.familyName("", "Van Der Berg")).isEqualTo("berg");
        assertThat(DutchNames.familyName("'t", "Hart")).isEqualTo("hart");
        assertThat(DutchNames.familyName(null, "El Amrani")).isEqualTo("amrani");
        assertThat(DutchNames.familyName(null, "el-Amrani")).isEqualTo("amrani");
    }

    @Test
    void doubleFamilyNamesAgreeInEitherOrderAndDiacriticsGo() {
        assertThat(DutchNames.familyName(null, "Jansen-de Vries")).isEqualTo("jansen vries");
        assertThat(DutchNames.familyName("de", "Vries-Jansen")).isEqualTo("jansen vries");
        assertThat(DutchNames.familyName(null, "Yılmaz")).isEqualTo(DutchNames.familyName(null, "Yilmaz"));
        assertThat(DutchNames.familyName(null, "Çelik")).isEqualTo("celik");
        assertThat(DutchNames.givenNames("Chloë Anna").names()).containsExactly("chloe", "anna");
        assertThat(DutchNames.givenNames("Jan-Willem").names()).containsExactly("janwillem");
    }

    @Test
    void aCallNameIsTheOfficialNameItComesFromAndKeepsItsOwnForm() {
        assertThat(DutchNames.givenNames("Hans")).isEqualTo(new DutchNames.GivenNames(List.of("johannes"), List.of("hans"), "j"));
        assertThat(DutchNames.givenNames("Johannes Cornelis"))
                .isEqualTo(new DutchNames.GivenNames(List.of("johannes", "cornelis"), List.of(), "jc"));
        assertThat(DutchNames.givenNames("Kees").names()).containsExactly("cornelis");
        assertThat(DutchNames.givenNames("Mo").names()).containsExactly("mohamed");
        assertThat(DutchNames.givenNames("Muhammad").names()).containsExactly("mohamed");
        assertThat(DutchNames.givenNames("Joesoef").names()).isEqualTo(DutchNames.givenNames("Youssef").names());
        // A form of two official names stays itself and has both as other forms.
        assertThat(DutchNames.givenNames("Jo"))
                .isEqualTo(new DutchNames.GivenNames(List.of("jo"), List.of("johanna", "johannes"), "j"));
    }

    @Test
    void initialsAreNoNamesAndATitleIsNeither() {
        assertThat(DutchNames.givenNames("J.C.")).isEqualTo(new DutchNames.GivenNames(List.of(), List.of(), "jc"));
        assertThat(DutchNames.givenNames("J. C.").initials()).isEqualTo("jc");
        assertThat(DutchNames.givenNames("dhr. Hans").names()).containsExactly("johannes");
        assertThat(DutchNames.givenNames("Mevrouw Fenna").names()).containsExactly("fenna");
        assertThat(DutchNames.givenNames("Dhr.")).isEqualTo(new DutchNames.GivenNames(List.of(), List.of(), ""));
        assertThat(DutchNames.givenNames("")).isEqualTo(new DutchNames.GivenNames(List.of(), List.of(), ""));
    }

    @Test
    void twoSpellingsOfOneNameGiveAHighDiceSimilarity() {
        assertThat(familyDice("Janssen", "Jansen")).isGreaterThan(0.8);
        assertThat(familyDice("El Amrani", "Elamrani")).isGreaterThan(0.75);
        assertThat(familyDice("van der Meulen", "Meulen, van der")).isEqualTo(1.0);
        assertThat(givenDice("Mohammed", "Mohamed")).isGreaterThan(0.8);
        assertThat(givenDice("Fenna", "Fenne")).as("4 of 6 bigrams shared: 0.67 without collisions")
                .isBetween(0.62, 0.75);
    }

    @Test
    void differentNamesGiveALowDiceSimilarity() {
        assertThat(familyDice("Jansen", "Bakker")).isLessThan(0.3);
        assertThat(familyDice("de Vries", "Visser")).isLessThan(0.45);
        assertThat(givenDice("Sara", "Noah")).as("twins: same family, other given name").isLessThan(0.3);
        assertThat(givenDice("Mohammed", "Ahmed")).isLessThan(0.6);
    }

    @Test
    void theEncodingDependsOnTheKeyAndTheField() {
        NameEncoder otherKey = new NameEncoder("another-linkage-key-for-tests-32b".getBytes(StandardCharsets.UTF_8));

        assertThat(otherKey.encode("family", "berg")).isNotEqualTo(encoder.encode("family", "berg"));
        assertThat(encoder.encode("given", "berg")).isNotEqualTo(encoder.encode("family", "berg"));
        assertThat(encoder.encode("family", "berg")).isEqualTo(encoder.encode("family", "berg"));
        assertThat(BloomFilters.dice(encoder.encode("family", ""), encoder.encode("family", ""))).isZero();
    }

    private double familyDice(String a, String b) {
        return BloomFilters.dice(encoder.encode("family", DutchNames.familyName(null, a)),
                encoder.encode("family", DutchNames.familyName(null, b)));
    }

    private double givenDice(String a, String b) {
        return BloomFilters.dice(encoder.encode("given", DutchNames.givenNames(a).names().get(0)),
                encoder.encode("given", DutchNames.givenNames(b).names().get(0)));
    }
}
