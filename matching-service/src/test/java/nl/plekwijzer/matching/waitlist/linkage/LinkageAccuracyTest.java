package nl.plekwijzer.matching.waitlist.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The targets of issue 6 on a seeded synthetic set: 40% of the entries without a BSN. */
class LinkageAccuracyTest {

    @Test
    void precisionAtLeast99AndRecallAtLeast95PercentWhen40PercentLackABsn() {
        List<SyntheticWaitlists.Entry> entries = new SyntheticWaitlists(2026).generate(4_000, 60, 0.40);

        LinkageEvaluation evaluation = LinkageEvaluation.of(entries,
                LinkageEvaluation.link(entries, FellegiSunter.defaults()));

        System.out.println(evaluation);
        assertThat(evaluation.pairPrecision()).as("pair precision").isGreaterThanOrEqualTo(0.99);
        assertThat(evaluation.pairRecall()).as("pair recall").isGreaterThanOrEqualTo(0.95);
    }
}
