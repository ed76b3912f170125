package nl.plekwijzer.foundation.persistence;

import java.util.List;
import java.util.regex.Pattern;

import org.hibernate.FlushMode;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The transaction of a Hibernate Reactive session (Panache.withTransaction, @WithTransaction):
 * native statements on the session's own connection. Loaded only by services on Hibernate Reactive.
 */
public final class HibernateSql implements SqlTransaction {

    private static final Pattern PG_PARAMETER = Pattern.compile("\\$(\\d+)");

    private final Mutiny.Session session;

    private HibernateSql(Mutiny.Session session) {
        this.session = session;
    }

    public static SqlTransaction of(Mutiny.Session session) {
        return new HibernateSql(session);
    }

    /** The transaction of the current Panache session; only inside Panache.withTransaction or @WithTransaction. */
    public static Uni<SqlTransaction> current() {
        return Panache.getSession().map(session -> {
            if (session.currentTransaction() == null) {
                throw new IllegalStateException("No transaction: the outbox and the inbox write only in the caller's");
            }
            return of(session);
        });
    }

    /**
     * Parameters {@code $n} become Hibernate's {@code ?n}; statements here hold no {@code $} in literals.
     * The rows go one after the other as a stream, not as a chain of one flatMap per row: a chain of
     * thousands (a first waiting-list upload) overflowed the stack on a fresh JVM, and the error was
     * swallowed, leaving the transaction open and the provider's list locked. Hibernate would also
     * dirty-check every managed entity before each native statement without flushing anything, so
     * auto-flush is off meanwhile; the entities are flushed at commit as before.
     */
    @Override
    public Uni<List<Integer>> executeEach(String sql, List<List<Object>> parameterRows) {
        if (parameterRows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String hibernateSql = PG_PARAMETER.matcher(sql).replaceAll("?$1");
        FlushMode before = session.getFlushMode();
        session.setFlushMode(FlushMode.MANUAL);
        return Multi.createFrom().iterable(parameterRows)
                .onItem().transformToUniAndConcatenate(row -> {
                    Mutiny.MutationQuery query = session.createNativeQuery(hibernateSql);
                    for (int i = 0; i < row.size(); i++) {
                        query.setParameter(i + 1, row.get(i));
                    }
                    return query.executeUpdate();
                })
                .collect().asList()
                .eventually(() -> session.setFlushMode(before));
    }

    @Override
    public Uni<List<Object>> queryColumn(String sql, Object... parameters) {
        Mutiny.SelectionQuery<Object> query = session.createNativeQuery(PG_PARAMETER.matcher(sql).replaceAll("?$1"),
                Object.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
