package nl.plekwijzer.matching.unmet.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.PgSql;
import nl.plekwijzer.foundation.persistence.SqlTransaction;
import nl.plekwijzer.matching.state.MatchingState.UnmetNeed;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Replay;
import nl.plekwijzer.matching.suggestion.SuggestionMapping;

/**
 * Records each request that became unmet on unmet-needs.v1, a fact, through the outbox; which needs
 * were recorded is kept in {@code unmet_need_recorded}. While the state is rebuilt after a start
 * nothing is recorded; once it is, the needs that arose while matching was away (or whose record a
 * crash cut off) are recorded, and those that ended are forgotten, so a later return is recorded.
 */
@ApplicationScoped
public class UnmetNeedRecorder {

    private static final Logger LOG = Logger.getLogger(UnmetNeedRecorder.class);

    private final Pool pool;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final SuggestionMapping mapping;
    private final MatchingState state;
    private final Replay replay;

    public UnmetNeedRecorder(Pool pool, Outbox outbox, OutboxRelay relay, SuggestionMapping mapping,
            MatchingState state, Replay replay) {
        this.pool = pool;
        this.outbox = outbox;
        this.relay = relay;
        this.mapping = mapping;
        this.state = state;
        this.replay = replay;
    }

    /**
     * Records needs that became unmet just now (after the rebuild); waits while the database is away.
     * Never fails: any other failure is logged, and the next start records what is missing.
     */
    public Uni<Void> recordNewlyUnmet(List<UnmetNeed> needs) {
        if (needs.isEmpty() || !replay.caughtUp()) {
            return Uni.createFrom().voidItem();
        }
        return TransientFailures.retried("Recording " + needs.size() + " unmet needs",
                () -> pool.withTransaction(tx -> record(PgSql.of(tx), needs, true)))
                .invoke(relay::wake)
                .onFailure().invoke(e -> LOG.errorf("%d unmet needs not recorded until the next start: %s",
                        needs.size(), TransientFailures.describe(e)))
                .onFailure().recoverWithNull();
    }

    void onCaughtUp(@Observes Replay.CaughtUp caughtUp) {
        reconcile().subscribe().with(ignored -> { }, e -> LOG.errorf("Unmet needs not reconciled: %s",
                TransientFailures.describe(e)));
    }

    /**
     * Records the needs unmet now that were not recorded, and forgets recorded ones that ended; run
     * once the state has been rebuilt. Waits while the database is away.
     */
    public Uni<Void> reconcile() {
        return TransientFailures.retried("Reconciling recorded unmet needs", () -> pool.withTransaction(this::reconcile))
                .invoke(relay::wake);
    }

    private Uni<Void> reconcile(SqlConnection tx) {
        Set<UUID> unmetIds = state.unmetRequestIds();
        SqlTransaction sql = PgSql.of(tx);
        return sql.queryColumn("SELECT request_id FROM unmet_need_recorded")
                // Explaining needs takes the state's lock, and after a first start or a long outage many: not on the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(recorded -> {
                    List<Object> ended = recorded.stream().filter(id -> !unmetIds.contains((UUID) id)).toList();
                    Set<Object> recordedIds = new HashSet<>(recorded);
                    // Only these need their near misses now; the rest are explained in the background.
                    List<UnmetNeed> notRecorded = state.unmetNeeds(unmetIds.stream().filter(id -> !recordedIds.contains(id))
                            .toList());
                    LOG.infof("Unmet needs after the rebuild: %d now, %d recorded before, %d of those ended",
                            unmetIds.size(), recorded.size(), ended.size());
                    return sql.executeEach("DELETE FROM unmet_need_recorded WHERE request_id = $1",
                            ended.stream().<List<Object>> map(List::of).toList())
                            .flatMap(done -> record(sql, notRecorded, false));
                });
    }

    /**
     * @param always true for a need that became unmet just now (recorded again even if an earlier
     *               period was); false to record only those not recorded yet
     */
    private Uni<Void> record(SqlTransaction sql, List<UnmetNeed> needs, boolean always) {
        OffsetDateTime now = OffsetDateTime.now();
        List<List<Object>> rows = needs.stream().<List<Object>> map(n -> List.of(n.request().requestId(), now))
                .toList();
        String insert = "INSERT INTO unmet_need_recorded (request_id, recorded_at) VALUES ($1, $2) ON CONFLICT (request_id) "
                + (always ? "DO UPDATE SET recorded_at = EXCLUDED.recorded_at" : "DO NOTHING");
        return sql.executeEach(insert, rows).flatMap(inserted -> {
            List<Outbox.Entry> facts = new ArrayList<>();
            for (int i = 0; i < needs.size(); i++) {
                if (inserted.get(i) > 0) {
                    UnmetNeed need = needs.get(i);
                    facts.add(new Outbox.Entry(EventType.UNMET_NEED_RECORDED, need.request().requestId().toString(),
                            mapping.toEvent(need)));
                }
            }
            return outbox.add(sql, facts);
        });
    }
}
