package nl.plekwijzer.availability.status;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a unit's {@code bed-availability.v1} snapshot out at once when it had none in the last
 * interval, and otherwise says it is due later (a unit reporting many times a second needs only its
 * newest state sent on, once a second, not every one: at 20,000 reports a second for 400 units the
 * snapshots were 1,700 a second, and matching and notification reading them took the CPU that
 * applying reports needed). Remembers one moment per unit, so its size is bounded by the units.
 */
public final class SnapshotPacing {

    private final long intervalMillis;
    private final Map<String, Long> lastSentMillis = new ConcurrentHashMap<>();

    public SnapshotPacing(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** True (and counted as sent now) when the unit had no snapshot in the last interval. */
    public boolean mayPublishNow(String unitId, long nowMillis) {
        Long last = lastSentMillis.get(unitId);
        if (last != null && nowMillis - last < intervalMillis) {
            return false;
        }
        lastSentMillis.put(unitId, nowMillis);
        return true;
    }

    /** These units' snapshots were sent now by another path (the due ones). */
    public void sent(Collection<String> unitIds, long nowMillis) {
        unitIds.forEach(unitId -> lastSentMillis.put(unitId, nowMillis));
    }
}
