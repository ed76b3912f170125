package nl.plekwijzer.foundation.privacy;

/**
 * Counts a municipality sees may be so small that they point at a child (domain rule 17):
 * counts from 1 to {@link #SMALLEST_SHOWN} - 1 are suppressed; 0 is shown.
 */
public final class SmallCounts {

    public static final int SMALLEST_SHOWN = 5;

    private SmallCounts() {
    }

    public static boolean suppressed(int count) {
        return count > 0 && count < SMALLEST_SHOWN;
    }

    /** The count, or null when it is suppressed. */
    public static Integer shown(int count) {
        return suppressed(count) ? null : count;
    }
}
