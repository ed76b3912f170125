package nl.plekwijzer.matching.waitlist.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Links the regional waiting list's pending changes every second, should a consumer's prompt run not come. */
@ApplicationScoped
public class LinkScheduler {

    private final RegionalWaitlist regional;

    public LinkScheduler(RegionalWaitlist regional) {
        this.regional = regional;
    }

    @Scheduled(every = "${plekwijzer.matching.waitlist-link-interval:1s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void link() {
        regional.linkPendingChanges();
    }
}
