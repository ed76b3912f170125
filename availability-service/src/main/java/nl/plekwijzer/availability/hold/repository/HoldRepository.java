package nl.plekwijzer.availability.hold.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** The places of a unit that proposals hold or placements took since the provider's last report. */
@ApplicationScoped
public class HoldRepository {

    /**
     * SQL for the places held of unit {@code u} with status {@code s}: open holds, and placements
     * newer than the status (the provider's next report is the new truth).
     */
    public static final String HELD_PLACES = "(SELECT count(*) FROM unit_hold h WHERE h.unit_id = u.unit_id"
            + " AND (h.kind = 'HOLD' OR s.occurred_at IS NULL OR h.since > s.occurred_at))";

    public Uni<Void> hold(SqlClient tx, UUID proposalId, String unitId, OffsetDateTime since) {
        return tx.preparedQuery("INSERT INTO unit_hold (proposal_id, unit_id, kind, since) VALUES ($1, $2, 'HOLD', $3)"
                + " ON CONFLICT (proposal_id) DO NOTHING")
                .execute(Tuple.of(proposalId, unitId, since)).replaceWithVoid();
    }

    /** The proposal's hold ends (answered, withdrawn or expired); a placement that followed stays. */
    public Uni<Void> release(SqlClient tx, UUID proposalId) {
        return tx.preparedQuery("DELETE FROM unit_hold WHERE proposal_id = $1 AND kind = 'HOLD'")
                .execute(Tuple.of(proposalId)).replaceWithVoid();
    }

    public Uni<Void> placed(SqlClient tx, UUID proposalId, String unitId, OffsetDateTime at) {
        return tx.preparedQuery("INSERT INTO unit_hold (proposal_id, unit_id, kind, since) VALUES ($1, $2, 'PLACED', $3)"
                + " ON CONFLICT (proposal_id) DO UPDATE SET kind = 'PLACED', since = EXCLUDED.since")
                .execute(Tuple.of(proposalId, unitId, at)).replaceWithVoid();
    }

    /** The placement ended: its place is free again. */
    public Uni<Void> ended(SqlClient tx, UUID proposalId) {
        return tx.preparedQuery("DELETE FROM unit_hold WHERE proposal_id = $1").execute(Tuple.of(proposalId))
                .replaceWithVoid();
    }
}
