package nl.plekwijzer.devstack.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The real time, moved on by a test that needs days to pass. A service's tests make it their
 * clock with a one-line {@code @Alternative} subclass, so that it replaces the service's own.
 */
public class MovableClock extends Clock {

    private final Clock system = Clock.systemDefaultZone();
    private volatile Duration offset = Duration.ZERO;

    /** From now on the time is this much later than the real time. */
    public void moveOn(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("A movable clock keeps the system's zone");
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }
}
