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
 * Each replica keeps its own, so with several replicas a unit's snapshot may go out once per replica
 * per interval.
 */
public final class SnapshotPacing {

    private final long intervalNanos;
    private final Map<String, Long> lastSentNanos = new ConcurrentHashMap<>();

    public SnapshotPacing(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /**
     * Claims the unit's snapshot for a change now: true (and counted as sent at {@code nowNanos})
     * when the unit had none in the last interval; false when its snapshot is to be sent as due.
     * Times are {@link System#nanoTime()}, so a wall clock set back does not hold snapshots up.
     */
    public boolean claim(String unitId, long nowNanos) {
        Long last = lastSentNanos.get(unitId);
        if (last != null && nowNanos - last < intervalNanos) {
            return false;
        }
        lastSentNanos.put(unitId, nowNanos);
        return true;
    }

    /** These units' snapshots were sent at {@code nowNanos} as due ones. */
    public void sent(Collection<String> unitIds, long nowNanos) {
        unitIds.forEach(unitId -> lastSentNanos.put(unitId, nowNanos));
    }
}
