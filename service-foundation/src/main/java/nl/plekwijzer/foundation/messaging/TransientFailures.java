package nl.plekwijzer.foundation.messaging;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.DatabaseException;

/**
 * The one retry policy: a failure that passes by itself (database or broker unreachable, a
 * connection dropped, a timeout, a serialization conflict, the database out of connections) is
 * retried with back-off for as long as it lasts; anything else is not transient and is the
 * caller's to handle. A database error counts as permanent only when its SQL state says the data
 * or the statement is at fault (classes 22, 23, 42, 0A, 54 and protocol violation 08P01): the same
 * statement would fail again, so retrying it would block the partition for good.
 */
public final class TransientFailures {

    private static final Logger LOG = Logger.getLogger(TransientFailures.class);
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);
    private static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(5);

    /** Matched by simple name along the cause chain, so that no client library is needed to name them. */
    private static final Set<String> TRANSIENT_TYPES = Set.of("ConnectException", "AnnotatedConnectException",
            "ConnectTimeoutException", "NoRouteToHostException", "UnknownHostException", "SocketException",
            "ClosedChannelException",
            "ClosedConnectionException", "TimeoutException", "NoStackTraceTimeoutException",
            "TransactionRollbackException", "RetriableException", "NotEnoughReplicasException",
            "NetworkException", "DisconnectException");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseException database) {
                return !permanentSqlState(database.getSqlState());
            }
            for (Class<?> type = t.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                if (TRANSIENT_TYPES.contains(type.getSimpleName())) {
                    return true;
                }
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("connection refused") || message.contains("connection is not active")
                    || message.contains("connection has been closed") || message.contains("connection was closed")
                    || message.contains("connection reset")
                    || message.contains("failed to acquire connection") || message.contains("timed out")) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a scheduled job: a failed run is logged by its types (never its message) and the job waits
     * for its next run, instead of the scheduler logging the whole failure every time.
     */
    public static Uni<Void> untilNextRun(String job, Uni<?> run) {
        return run.replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("%s failed, will run again at its next time: %s", job, describe(e)))
                .onFailure().recoverWithNull();
    }

    /** Data exception (22), integrity (23), syntax or access (42), not supported (0A), limits (54), protocol (08P01). */
    static boolean permanentSqlState(String state) {
        return state == null || state.startsWith("22") || state.startsWith("23") || state.startsWith("42")
                || state.startsWith("0A") || state.startsWith("54") || state.equals("08P01");
    }

    /** What failed, for logs and dead-letter reasons: the types and SQL state, never a message that may quote values. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 300; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t instanceof DatabaseException database) {
                text.append(" (SQL state ").append(database.getSqlState()).append(')');
            }
        }
        return text.toString();
    }

    /**
     * Runs {@code work}, again after each transient failure, with back-off from 0.2 s up to 5 s, for
     * as long as the failure lasts; other failures pass through.
     */
    public static <T> Uni<T> retried(String what, Supplier<Uni<? extends T>> work) {
        return retried(what, work, FIRST_BACK_OFF, LONGEST_BACK_OFF);
    }

    static <T> Uni<T> retried(String what, Supplier<Uni<? extends T>> work, Duration firstBackOff,
            Duration longestBackOff) {
        return Uni.createFrom().deferred(work)
                .onFailure(TransientFailures::isTransient)
                .invoke(e -> LOG.warnf("%s failed for now, will retry: %s", what, describe(e)))
                .onFailure(TransientFailures::isTransient)
                .retry().withBackOff(firstBackOff, longestBackOff).indefinitely();
    }
}
