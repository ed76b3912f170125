package nl.plekwijzer.foundation.messaging;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Forgets applied event ids once their topic can no longer deliver them again: event topics keep 30
 * days, so ids older than {@code plekwijzer.inbox.keep} (default P35D) go, hourly. Keeps
 * {@code consumed_event} from growing for ever.
 */
@ApplicationScoped
public class InboxPruner {

    private static final Logger LOG = Logger.getLogger(InboxPruner.class);

    private final Pool pool;
    private final Duration keep;

    public InboxPruner(Pool pool,
            @ConfigProperty(name = "plekwijzer.inbox.keep", defaultValue = "P35D")
            Duration keep) {
        this.pool = pool;
        this.keep = keep;
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> prune() {
        return TransientFailures.untilNextRun("Pruning the inbox",
                pool.preparedQuery("DELETE FROM consumed_event WHERE consumed_at < $1")
                        .execute(Tuple.of(OffsetDateTime.now().minus(keep)))
                        .invoke(rows -> LOG.debugf("Forgot %d applied event ids older than %s", rows.rowCount(), keep)));
    }
}
