package nl.plekwijzer.notification.config;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one clock of the scheduled notices and the figures, so that tests can move it; its days are
 * the region's (Europe/Amsterdam), wherever the service runs.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId REGION_ZONE = ZoneId.of("Europe/Amsterdam");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(REGION_ZONE);
    }
}
