package nl.plekwijzer.contracts;

import java.util.Set;

/**
 * The stays a unit offers (domain rule 21): SHORT (logeren, respijtzorg, a night or a weekend) or
 * LONG; a "harmonica" place offers both.
 */
public enum StayLength {
    SHORT, LONG;

    /** What a unit of this kind offers when its profile does not say: short stays for respite only. */
    public static Set<StayLength> defaultFor(UnitKind kind) {
        return kind == UnitKind.RESPITE ? Set.of(SHORT) : Set.of(LONG);
    }
}
