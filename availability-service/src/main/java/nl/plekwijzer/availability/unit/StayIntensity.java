package nl.plekwijzer.availability.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stay intensity (verblijfsintensiteit): net roster hours of group staff per youth per 24 hours,
 * {@code rosterHoursPerWeek / places / 7}, to two decimals. 200 hours for 6 places is 4.76.
 */
public final class StayIntensity {

    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);

    private StayIntensity() {
    }

    /** @return the intensity, or null when the roster hours are not known */
    public static BigDecimal of(BigDecimal rosterHoursPerWeek, int places) {
        if (rosterHoursPerWeek == null) {
            return null;
        }
        if (places < 1) {
            throw new IllegalArgumentException("places must be at least 1, was " + places);
        }
        // Divide once, so that rounding happens once.
        return rosterHoursPerWeek.divide(DAYS_PER_WEEK.multiply(BigDecimal.valueOf(places)), 2, RoundingMode.HALF_UP);
    }
}
