package nl.plekwijzer.matching.waitlist.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.matching.waitlist.linkage.Review.Decision;

class ReviewTest {

    @Test
    void aSplitKeepsEveryLeavingEntryApartFromEveryEntryThatStays() {
        assertThat(Review.split(List.of("a", "b", "c", "d"), Set.of("c", "d"))).containsExactlyInAnyOrder(
                new Decision("c", "a", false), new Decision("c", "b", false),
                new Decision("d", "a", false), new Decision("d", "b", false));
    }

    @Test
    void aMergeLinksEveryEntryOfTheOneWithEveryEntryOfTheOther() {
        assertThat(Review.merge(List.of("a", "b"), List.of("c"))).containsExactly(
                new Decision("a", "c", true), new Decision("b", "c", true));
    }

    @Test
    void aConfirmationLinksEveryTwoEntriesOnce() {
        assertThat(Review.confirm(List.of("a", "b", "c"))).containsExactly(
                new Decision("a", "b", true), new Decision("a", "c", true), new Decision("b", "c", true));
    }
}
