package nl.plekwijzer.matching.waitlist.linkage;

/**
 * Decides about a pair of entries: the same BSN pseudonym links and different ones never do;
 * otherwise the {@link LinkageModel}'s match weight decides, against thresholds set as the chance
 * that the two entries are of one youth (chosen without any truth: see docs/benchmarks.md).
 */
public final class FellegiSunter {

    /** The decision for a pair: linked, linked but to be reviewed by a coordinator, or not linked. */
    public enum Decision {
        LINK, REVIEW, NO_LINK
    }

    /** From this chance of one youth on, a pair is linked. */
    public static final double LINK_PROBABILITY = 0.99;
    /** From this chance on (and below {@link #LINK_PROBABILITY}), a pair is linked for review. */
    public static final double REVIEW_PROBABILITY = 0.95;

    private final LinkageModel model;
    private final double upper;
    private final double lower;

    /**
     * @param upper from this match weight on, a pair is linked
     * @param lower from this match weight on (and below {@code upper}), a pair is linked for review
     */
    public FellegiSunter(LinkageModel model, double upper, double lower) {
        if (lower > upper) {
            throw new IllegalArgumentException("The lower threshold is above the upper one");
        }
        this.model = model;
        this.upper = upper;
        this.lower = lower;
    }

    public static FellegiSunter of(LinkageModel model) {
        return new FellegiSunter(model, LinkageModel.weightOf(LINK_PROBABILITY), LinkageModel.weightOf(REVIEW_PROBABILITY));
    }

    public LinkageModel model() {
        return model;
    }

    public Decision decide(LinkRecord a, LinkRecord b) {
        if (a.pseudonym() != null && b.pseudonym() != null) {
            return a.pseudonym().equals(b.pseudonym()) ? Decision.LINK : Decision.NO_LINK;
        }
        return decision(weight(a, b));
    }

    public double weight(LinkRecord a, LinkRecord b) {
        return model.weight(a, b);
    }

    /** The decision for a pair without two pseudonyms, from its weight. */
    public Decision decision(double weight) {
        return weight >= upper ? Decision.LINK : weight >= lower ? Decision.REVIEW : Decision.NO_LINK;
    }
}
