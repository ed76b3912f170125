package nl.plekwijzer.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/** The service's clock in the tests: the real time, moved on by a test that needs days to pass. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private final Clock system = Clock.systemDefaultZone();
    private volatile Duration offset = Duration.ZERO;

    /** From now on the service's time is this much later than the real time. */
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
        throw new UnsupportedOperationException("The test clock keeps the system's zone");
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }
}
