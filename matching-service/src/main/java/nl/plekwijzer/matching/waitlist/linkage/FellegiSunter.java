package nl.plekwijzer.matching.waitlist.linkage;

import java.time.LocalDate;

/**
 * Scores a pair of entries as a Fellegi-Sunter model: per field, how far the values agree, and for
 * each level the weight log2(m/u), where m is the chance of that level for two entries of the same
 * youth and u for two different youths. The m and u below are set by judgement and checked against
 * the synthetic evaluation set (see docs/benchmarks.md); a different given name weighs heavily,
 * because twins share everything else.
 */
public final class FellegiSunter {

    public enum Level {
        AGREE, PARTIAL, DISAGREE
    }

    /** The decision for a pair: linked, linked but to be reviewed by a coordinator, or not linked. */
    public enum Decision {
        LINK, REVIEW, NO_LINK
    }

    /** m and u per level of one field, kept as the weights log2(m/u) they give. */
    static final class Field {
        private final double agree;
        private final double partial;
        private final double disagree;

        Field(double mAgree, double uAgree, double mPartial, double uPartial, double mDisagree, double uDisagree) {
            agree = log2(mAgree / uAgree);
            partial = log2(mPartial / uPartial);
            disagree = log2(mDisagree / uDisagree);
        }

        double weight(Level level) {
            return switch (level) {
                case AGREE -> agree;
                case PARTIAL -> partial;
                case DISAGREE -> disagree;
            };
        }
    }

    static final Field GIVEN_NAME = new Field(0.90, 0.01, 0.0995, 0.03, 0.0005, 0.96);
    static final Field FAMILY_NAME = new Field(0.90, 0.005, 0.095, 0.02, 0.005, 0.975);
    static final Field BIRTH_DATE = new Field(0.93, 0.0002, 0.06, 0.002, 0.01, 0.9978);
    static final Field GENDER = new Field(0.98, 0.5, 0, 1, 0.02, 0.5);
    static final Field PC4 = new Field(0.80, 0.01, 0, 1, 0.20, 0.99);

    /** Dice from which two name encodings agree, and from which they partly agree. */
    static final double NAME_AGREE = 0.85;
    static final double NAME_PARTIAL = 0.60;

    private final double upper;
    private final double lower;

    /**
     * @param upper from this weight on, a pair is linked
     * @param lower from this weight on (and below {@code upper}), a pair is linked for review
     */
    public FellegiSunter(double upper, double lower) {
        if (lower > upper) {
            throw new IllegalArgumentException("The lower threshold is above the upper one");
        }
        this.upper = upper;
        this.lower = lower;
    }

    /** Thresholds set so that twins stay apart and a wrong link stays rarer than a missed one. */
    public static FellegiSunter defaults() {
        return new FellegiSunter(22, 17.5);
    }

    public Decision decide(LinkRecord a, LinkRecord b) {
        if (a.pseudonym() != null && b.pseudonym() != null) {
            return a.pseudonym().equals(b.pseudonym()) ? Decision.LINK : Decision.NO_LINK;
        }
        return decision(weight(a, b));
    }

    /** The decision for a pair without two pseudonyms, from its weight. */
    public Decision decision(double weight) {
        return weight >= upper ? Decision.LINK : weight >= lower ? Decision.REVIEW : Decision.NO_LINK;
    }

    public static double weight(LinkRecord a, LinkRecord b) {
        return GIVEN_NAME.weight(nameLevel(LinkRecord.dice(a.givenName(), b.givenName())))
                + FAMILY_NAME.weight(nameLevel(LinkRecord.dice(a.familyName(), b.familyName())))
                + BIRTH_DATE.weight(dateLevel(a.birthDate(), b.birthDate()))
                + GENDER.weight(a.gender() == b.gender() ? Level.AGREE : Level.DISAGREE)
                + PC4.weight(a.pc4() != null && a.pc4().equals(b.pc4()) ? Level.AGREE : Level.DISAGREE);
    }

    static Level nameLevel(double dice) {
        return dice >= NAME_AGREE ? Level.AGREE : dice >= NAME_PARTIAL ? Level.PARTIAL : Level.DISAGREE;
    }

    /** Exact; one digit different, or day and month swapped: partial; else disagree. */
    static Level dateLevel(LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return Level.AGREE;
        }
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth()
                && a.getDayOfMonth() == b.getMonthValue()) {
            return Level.PARTIAL;
        }
        int differences = differentDigits(a.getYear(), b.getYear(), 4)
                + differentDigits(a.getMonthValue(), b.getMonthValue(), 2)
                + differentDigits(a.getDayOfMonth(), b.getDayOfMonth(), 2);
        return differences == 1 ? Level.PARTIAL : Level.DISAGREE;
    }

    /** How many of the last {@code digits} decimal digits of x and y differ (as in yyyy-MM-dd). */
    private static int differentDigits(int x, int y, int digits) {
        int differences = 0;
        for (int i = 0; i < digits; i++) {
            if (x % 10 != y % 10) {
                differences++;
            }
            x /= 10;
            y /= 10;
        }
        return differences;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
