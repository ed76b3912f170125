package nl.plekwijzer.foundation.messaging;

import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.DatabaseException;

/**
 * The one retry policy: a failure that passes by itself (database or broker unreachable, a
 * connection dropped, a timeout, a serialization conflict) is retried with back-off for as long as
 * it lasts; anything else is not transient and is the caller's to handle.
 */
public final class TransientFailures {

    private static final Logger LOG = Logger.getLogger(TransientFailures.class);
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);
    private static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(5);

    /** Matched by simple name along the cause chain, so that no client library is needed to name them. */
    private static final Set<String> TRANSIENT_TYPES = Set.of("ConnectException", "AnnotatedConnectException",
            "ConnectTimeoutException", "NoRouteToHostException", "SocketException", "ClosedChannelException",
            "ClosedConnectionException", "TimeoutException", "NoStackTraceTimeoutException",
            "TransactionRollbackException", "RetriableException", "NotEnoughReplicasException",
            "NetworkException", "DisconnectException");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseException database && transientSqlState(database.getSqlState())) {
                return true;
            }
            for (Class<?> type = t.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                if (TRANSIENT_TYPES.contains(type.getSimpleName())) {
                    return true;
                }
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("connection refused") || message.contains("connection is not active")
                    || message.contains("connection has been closed") || message.contains("connection reset")
                    || message.contains("failed to acquire connection") || message.contains("timed out")) {
                return true;
            }
        }
        return false;
    }

    /** Connection (08), too many connections or out of resources (53), shutdown (57P0x), serialization or deadlock (40). */
    static boolean transientSqlState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals("40001") || state.equals("40P01"));
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
        return Uni.createFrom().deferred(work)
                .onFailure(TransientFailures::isTransient)
                .invoke(e -> LOG.warnf("%s failed for now, will retry: %s", what, describe(e)))
                .onFailure(TransientFailures::isTransient)
                .retry().withBackOff(FIRST_BACK_OFF, LONGEST_BACK_OFF).indefinitely();
    }
}
