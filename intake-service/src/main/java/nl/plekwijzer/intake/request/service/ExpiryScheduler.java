package nl.plekwijzer.intake.request.service;

import java.time.LocalDate;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.foundation.outbox.OutboxRelay;

/** Expires open requests whose decision has ended, and publishes that (expiry is never silent). */
@ApplicationScoped
public class ExpiryScheduler {

    private static final Logger LOG = Logger.getLogger(ExpiryScheduler.class);

    private final RequestLifecycle lifecycle;
    private final OutboxRelay relay;

    public ExpiryScheduler(RequestLifecycle lifecycle, OutboxRelay relay) {
        this.lifecycle = lifecycle;
        this.relay = relay;
    }

    @Scheduled(every = "${plekwijzer.intake.expiry-check-interval}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> expire() {
        return TransientFailures.untilNextRun("Expiring placement requests",
                Panache.withTransaction(() -> lifecycle.expireDecisionsEndedBefore(LocalDate.now()))
                        .invoke(expired -> {
                            if (expired > 0) {
                                LOG.infof("Expired %d placement requests whose decision had ended", expired);
                                relay.wake();
                            }
                        }));
    }
}
