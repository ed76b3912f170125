package nl.plekwijzer.foundation.persistence;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** A transaction of the reactive pg client ({@code pool.withTransaction(...)}). */
public final class PgSql implements SqlTransaction {

    private final SqlConnection connection;

    private PgSql(SqlConnection connection) {
        this.connection = connection;
    }

    public static SqlTransaction of(SqlConnection connection) {
        return new PgSql(connection);
    }

    @Override
    public Uni<List<Integer>> executeEach(String sql, List<List<Object>> parameterRows) {
        if (parameterRows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Tuple> tuples = parameterRows.stream().map(row -> Tuple.from(row.toArray())).toList();
        return connection.preparedQuery(sql).executeBatch(tuples).map(results -> {
            List<Integer> counts = new ArrayList<>();
            for (var result = results; result != null; result = result.next()) {
                counts.add(result.rowCount());
            }
            return counts;
        });
    }

    @Override
    public Uni<List<Object>> queryColumn(String sql, Object... parameters) {
        return connection.preparedQuery(sql).execute(Tuple.from(parameters)).map(rows -> {
            List<Object> values = new ArrayList<>();
            rows.forEach(row -> values.add(row.getValue(0)));
            return values;
        });
    }
}
