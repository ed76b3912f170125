package nl.plekwijzer.matching.proposal.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.foundation.messaging.TransientFailures;

/** Releases the places of proposals whose hold ended without an answer. */
@ApplicationScoped
public class ProposalExpiry {

    private final ProposalService proposals;

    public ProposalExpiry(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Scheduled(every = "${plekwijzer.matching.proposal-expiry-interval:30s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> expire() {
        return TransientFailures.untilNextRun("Expiring proposals", proposals.expireDue());
    }
}
