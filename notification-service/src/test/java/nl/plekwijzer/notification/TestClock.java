package nl.plekwijzer.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import nl.plekwijzer.devstack.test.MovableClock;

/** The service's clock in the tests: the real time, moved on by a test that needs days to pass. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MovableClock {
}
