package nl.plekwijzer.intake.config;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Skips scheduled jobs until the application has started (before that, the messaging channels their
 * beans need may not be connected yet) and once it is stopping (the database pool is closing).
 */
@Singleton
public class NotRunning implements Scheduled.SkipPredicate {

    private volatile boolean running;

    void onStart(@Observes StartupEvent event) {
        running = true;
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !running;
    }
}
