package nl.plekwijzer.availability.status.service;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Readiness of the status endpoints: DOWN once the broker failed to confirm three sends in a row,
 * so traffic goes to an instance that can accept. After 30 s without a new failure it is UP again,
 * so that the next request finds out whether the broker is back (nothing else would send one).
 */
@Readiness
@ApplicationScoped
public class BrokerConfirmations implements HealthCheck {

    private static final int FAILURES_FOR_DOWN = 3;
    private static final long DOWN_FOR_NANOS = Duration.ofSeconds(30).toNanos();

    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicLong lastFailureAt = new AtomicLong();

    void confirmed() {
        failuresInARow.set(0);
    }

    void failed() {
        lastFailureAt.set(System.nanoTime());
        failuresInARow.incrementAndGet();
    }

    @Override
    public HealthCheckResponse call() {
        boolean failing = failuresInARow.get() >= FAILURES_FOR_DOWN
                && System.nanoTime() - lastFailureAt.get() < DOWN_FOR_NANOS;
        return HealthCheckResponse.named("Status reports confirmed by the broker").status(!failing).build();
    }
}
