package nl.plekwijzer.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Gender;

class EnumSetsTest {

    @Test
    void aCopyHoldsTheSameCodesCannotBeChangedAndLeavesTheOriginalFree() {
        Set<Gender> fromJson = new HashSet<>(List.of(Gender.F, Gender.X));

        Set<Gender> copy = EnumSets.of(fromJson, Gender.class);

        assertThat(copy).isEqualTo(Set.of(Gender.F, Gender.X)).contains(Gender.X).doesNotContain(Gender.M);
        assertThatThrownBy(() -> copy.add(Gender.M)).isInstanceOf(UnsupportedOperationException.class);
        fromJson.add(Gender.M);
        assertThat(copy).doesNotContain(Gender.M);
        assertThat(EnumSets.of(Set.of(), Gender.class)).isEmpty();
        assertThat(EnumSets.<Gender> of(null, Gender.class)).isNull();
    }
}
