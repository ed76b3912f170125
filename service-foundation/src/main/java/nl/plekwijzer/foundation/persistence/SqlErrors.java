package nl.plekwijzer.foundation.persistence;

import io.vertx.sqlclient.DatabaseException;

/** What a database error says, read along the cause chain (Hibernate and Mutiny wrap it). */
public final class SqlErrors {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /** True when a unique index refused the write: someone else wrote the same thing just before. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DatabaseException database && UNIQUE_VIOLATION.equals(database.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
