package nl.plekwijzer.matching.waitlist.linkage;

/**
 * The comparisons of two entries, each as one of its levels (Fellegi-Sunter's comparison vector).
 * Level 0 of each is "not known on one side": it weighs nothing. The levels of a comparison exclude
 * each other, the first that holds is taken, so that a pair's evidence is not counted twice.
 */
public enum Comparison {

    GIVEN_NAME("not known", "first name the same", "a name the same", "a name nearly the same (Dice 0.8)",
            "a name partly the same (Dice 0.6)", "a name a little the same (Dice 0.45: a typo in a short name)",
            "all initials the same (one side initials only)",
            "first initial the same (one side initials only)", "different"),
    FAMILY_NAME("not known", "the same", "a part of a double name the same", "nearly the same (Dice 0.8)",
            "partly the same (Dice 0.6)", "one begins the other", "different"),
    BIRTH_DATE("not known", "the same", "day and month swapped", "same year, the other's date a placeholder",
            "two of day, month and year the same", "different"),
    GENDER("not known", "the same", "different"),
    PC4("not known", "the same", "one digit different", "different");

    static final int GIVEN_DIFFERENT = 8;
    /** The levels that other code names: the same birth date, and different given names. */
    public static final int DATE_EXACT = 1;

    private final String[] levels;

    Comparison(String... levels) {
        this.levels = levels;
    }

    /** What each level means, for people. */
    public String[] levels() {
        return levels.clone();
    }

    public int levelCount() {
        return levels.length;
    }

    /** The level of this comparison for two entries; {@code placeholders} says which month-days stand for "unknown". */
    int level(LinkRecord a, LinkRecord b, PlaceholderDates placeholders) {
        return switch (this) {
            case GIVEN_NAME -> givenName(a, b);
            case FAMILY_NAME -> familyName(a, b);
            case BIRTH_DATE -> birthDate(a, b, placeholders);
            case GENDER -> a.gender() == null || b.gender() == null ? 0 : a.gender() == b.gender() ? 1 : 2;
            case PC4 -> pc4(a.pc4(), b.pc4());
        };
    }

    /** Which month-days (by token) are so frequent that they stand for a date known only to its year. */
    interface PlaceholderDates {
        boolean isPlaceholder(String monthDay);
    }

    private static final double SAME = 0.999;

    private static int givenName(LinkRecord a, LinkRecord b) {
        boolean namesA = a.givenNames().length > 0;
        boolean namesB = b.givenNames().length > 0;
        if (a.firstInitial() == null || b.firstInitial() == null) {
            return 0;
        }
        if (namesA && namesB) {
            if (LinkRecord.same(a.givenNames()[0], b.givenNames()[0])) {
                return 1;
            }
            double best = Math.max(best(a.givenNames(), b.givenNames()),
                    Math.max(best(a.givenNames(), b.otherGivenNameForms()),
                            Math.max(best(a.otherGivenNameForms(), b.givenNames()),
                                    best(a.otherGivenNameForms(), b.otherGivenNameForms()))));
            if (best >= 0.6) {
                return similar(best);
            }
            // Other names with the same first letter are as different as any: twins "Fenna" and "Femke".
            return best >= 0.45 ? 5 : GIVEN_DIFFERENT;
        }
        if (a.initials().equals(b.initials())) {
            return 6;
        }
        return a.firstInitial().equals(b.firstInitial()) ? 7 : GIVEN_DIFFERENT;
    }

    private static int familyName(LinkRecord a, LinkRecord b) {
        if (a.familyNames().length == 0 || b.familyNames().length == 0) {
            return 0;
        }
        if (LinkRecord.same(a.familyName(), b.familyName())) {
            return 1;
        }
        double best = best(a.familyNames(), b.familyNames());
        if (best >= 0.6) {
            return similar(best);
        }
        return LinkRecord.containment(a.familyName(), b.familyName()) >= 0.75 ? 5 : 6;
    }

    private static int birthDate(LinkRecord a, LinkRecord b, PlaceholderDates placeholders) {
        var x = a.birthDate();
        var y = b.birthDate();
        if (x == null || y == null) {
            return 0;
        }
        if (x.date().equals(y.date())) {
            return 1;
        }
        if (x.swapped().equals(y.date())) {
            return 2;
        }
        boolean year = x.year().equals(y.year());
        if (year && (placeholders.isPlaceholder(x.monthDay()) || placeholders.isPlaceholder(y.monthDay()))) {
            return 3;
        }
        return x.yearMonth().equals(y.yearMonth()) || x.yearDay().equals(y.yearDay())
                || x.monthDay().equals(y.monthDay()) ? 4 : 5;
    }

    private static int pc4(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        int differences = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            differences += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return a.length() == b.length() && differences == 1 ? 2 : 3;
    }

    /** Levels 2-4 of both name comparisons, for a best Dice of at least 0.6: the same, nearly, partly. */
    private static int similar(double best) {
        return best >= SAME ? 2 : best >= 0.8 ? 3 : 4;
    }

    /** The highest Dice of any encoding of one side with any of the other. */
    private static double best(LinkRecord.Encoding[] a, LinkRecord.Encoding[] b) {
        double best = 0;
        for (LinkRecord.Encoding x : a) {
            for (LinkRecord.Encoding y : b) {
                best = Math.max(best, LinkRecord.dice(x, y));
            }
        }
        return best;
    }
}
