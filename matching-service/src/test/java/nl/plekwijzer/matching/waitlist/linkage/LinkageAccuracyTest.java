package nl.plekwijzer.matching.waitlist.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The targets on seeded synthetic sets, with the model learnt from each set (no truth) and the
 * production thresholds: issue 6's on the existing set, issue 16's on the extended set without BSN.
 */
class LinkageAccuracyTest {

    @Test
    void precisionAtLeast99AndRecallAtLeast95PercentWhen40PercentLackABsn() {
        List<SyntheticWaitlists.Entry> entries = new SyntheticWaitlists(2026).generate(4_000, 60, 0.40);

        LinkageEvaluation evaluation = LinkageEvaluation.of(entries, LinkageEvaluation.link(entries));

        System.out.println(evaluation);
        assertThat(evaluation.pairPrecision()).as("pair precision").isGreaterThanOrEqualTo(0.993);
        assertThat(evaluation.pairRecall()).as("pair recall").isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void precisionAtLeast995AndRecallAtLeast85PercentOnDutchRegistrationsWithoutAnyBsn() {
        List<SyntheticWaitlists.Entry> entries = new SyntheticWaitlists(2027).generateExtended(4_000, 60, 1.0);

        LinkageEvaluation evaluation = LinkageEvaluation.of(entries, LinkageEvaluation.link(entries));

        System.out.println(evaluation);
        assertThat(evaluation.pairPrecision()).as("pair precision").isGreaterThanOrEqualTo(0.995);
        assertThat(evaluation.pairRecall()).as("pair recall").isGreaterThanOrEqualTo(0.85);
    }
}
