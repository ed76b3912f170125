package nl.plekwijzer.foundation.persistence;

import java.util.List;

import io.smallrye.mutiny.Uni;

/**
 * The caller's open transaction, whichever client opened it: the reactive pg client
 * ({@link PgSql}) or a Hibernate Reactive session ({@link HibernateSql}). The outbox and the inbox
 * write through it, so that their rows commit or roll back with the caller's own change.
 */
public interface SqlTransaction {

    /**
     * Runs {@code sql} (parameters {@code $1}, {@code $2}, ...) once per parameter row and returns
     * the number of rows each run changed, in order.
     */
    Uni<List<Integer>> executeEach(String sql, List<List<Object>> parameterRows);

    /** Runs a query (parameters {@code $1}, ...) and returns the first column of every row. */
    Uni<List<Object>> queryColumn(String sql, Object... parameters);
}
