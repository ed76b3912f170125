package nl.plekwijzer.matching.proposal.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.matching.proposal.Proposal;
import nl.plekwijzer.matching.state.MatchingState.UnitHolds;

/** Proposals, and what open proposals and active placements take of each unit's places. */
@ApplicationScoped
public class ProposalRepository {

    private static final String COLUMNS = "proposal_id, request_id, unit_id, provider_id, state, message,"
            + " override_reason, proposed_by, proposed_at, hold_expires_at, answered_by, answered_at, reason_code,"
            + " reason_detail, follow_up";

    private final Pool pool;

    public ProposalRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(SqlClient tx, List<Proposal> proposals) {
        return tx.preparedQuery("INSERT INTO proposal (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,"
                + " $11, $12, $13, $14, $15)")
                .executeBatch(proposals.stream().map(p -> Tuple.from(new Object[] { p.proposalId(), p.requestId(),
                        p.unitId(), p.providerId(), p.state().name(), p.message(), p.overrideReason(), p.proposedBy(),
                        p.proposedAt(), p.holdExpiresAt(), p.answeredBy(), p.answeredAt(), p.reasonCode(),
                        p.reasonDetail(), p.followUp() })).toList())
                .replaceWithVoid();
    }

    public Uni<Proposal> find(UUID proposalId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM proposal WHERE proposal_id = $1")
                .execute(Tuple.of(proposalId))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** A request's proposals, newest first. */
    public Uni<List<Proposal>> forRequest(SqlClient client, UUID requestId) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM proposal WHERE request_id = $1"
                + " ORDER BY proposed_at DESC, unit_id").execute(Tuple.of(requestId)).map(ProposalRepository::all);
    }

    public Uni<List<Proposal>> forRequest(UUID requestId) {
        return forRequest(pool, requestId);
    }

    /** A provider's proposals in one state (all states when null), newest first. */
    public Uni<List<Proposal>> forProvider(String providerId, Proposal.State state) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM proposal WHERE provider_id = $1"
                + " AND ($2::varchar IS NULL OR state = $2) ORDER BY proposed_at DESC LIMIT 500")
                .execute(Tuple.of(providerId, state == null ? null : state.name())).map(ProposalRepository::all);
    }

    /**
     * Takes the request's lock for the rest of the transaction (also before it has any proposal), so
     * that proposals and answers for one request happen one after the other.
     */
    public Uni<Void> lockRequest(SqlClient tx, UUID requestId) {
        return tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))")
                .execute(Tuple.of(requestId.toString())).replaceWithVoid();
    }

    /**
     * Which proposals place a request: open ones, and accepted ones unless the stay they led to became
     * a bridging placement (then the follow-up place is sought).
     */
    private static final String PLACING = "(p.state = 'OPEN' OR p.state = 'ACCEPTED' AND NOT EXISTS (SELECT 1"
            + " FROM placement pl WHERE pl.proposal_id = p.proposal_id AND pl.bridging_placement))";

    /** The requests among these that are being placed ({@link #PLACING}). */
    public Uni<Set<UUID>> beingPlaced(SqlClient client, List<UUID> requestIds) {
        return client.preparedQuery("SELECT DISTINCT p.request_id FROM proposal p WHERE p.request_id = ANY($1)"
                + " AND " + PLACING).execute(Tuple.of(requestIds.toArray(new UUID[0])))
                .map(rows -> {
                    Set<UUID> found = new HashSet<>();
                    rows.forEach(row -> found.add(row.getUUID("request_id")));
                    return found;
                });
    }

    /** Every request being placed ({@link #PLACING}). */
    public Uni<Set<UUID>> allBeingPlaced() {
        return pool.query("SELECT DISTINCT p.request_id FROM proposal p WHERE " + PLACING).execute()
                .map(rows -> {
                    Set<UUID> found = new HashSet<>();
                    rows.forEach(row -> found.add(row.getUUID("request_id")));
                    return found;
                });
    }

    /** Moves an open proposal to {@code state}; returns it as it is now, or null when it was no longer open. */
    public Uni<Proposal> answer(SqlClient tx, UUID proposalId, Proposal.State state, String by, OffsetDateTime at,
            String reasonCode, String reasonDetail) {
        return tx.preparedQuery("UPDATE proposal SET state = $2, answered_by = $3, answered_at = $4, reason_code = $5,"
                + " reason_detail = $6 WHERE proposal_id = $1 AND state = 'OPEN' RETURNING " + COLUMNS)
                .execute(Tuple.from(new Object[] { proposalId, state.name(), by, at, reasonCode, reasonDetail }))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** Withdraws the request's other open proposals (another was accepted); returns them. */
    public Uni<List<Proposal>> withdrawOpen(SqlClient tx, UUID requestId, OffsetDateTime at) {
        return tx.preparedQuery("UPDATE proposal SET state = 'WITHDRAWN', answered_at = $2,"
                + " reason_code = 'ANOTHER_ACCEPTED' WHERE request_id = $1 AND state = 'OPEN' RETURNING " + COLUMNS)
                .execute(Tuple.of(requestId, at)).map(ProposalRepository::all);
    }

    /**
     * Expires the open proposals whose hold ended before {@code now}; returns them. Rows an answer is
     * working on are skipped (the next run takes them), so expiry never deadlocks with an answer.
     */
    public Uni<List<Proposal>> expire(SqlClient tx, OffsetDateTime now) {
        return tx.preparedQuery("WITH due AS (SELECT proposal_id FROM proposal WHERE state = 'OPEN'"
                + " AND hold_expires_at < $1 ORDER BY proposal_id FOR UPDATE SKIP LOCKED)"
                + " UPDATE proposal p SET state = 'EXPIRED', answered_at = $1, reason_code = 'HOLD_EXPIRED'"
                + " FROM due WHERE p.proposal_id = due.proposal_id RETURNING "
                + COLUMNS.replace("proposal_id,", "p.proposal_id,").replace(" state,", " p.state,"))
                .execute(Tuple.of(now)).map(ProposalRepository::all);
    }

    /**
     * What open proposals and active placements take of each unit's places: of all units that hold
     * any (unitIds null), or of the units given, each present in the result (NONE when nothing is held).
     */
    public Uni<Map<String, UnitHolds>> holds(Set<String> unitIds) {
        String[] only = unitIds == null ? null : unitIds.toArray(new String[0]);
        return pool.preparedQuery("SELECT unit_id, NULL::timestamptz AS placed_at FROM proposal WHERE state = 'OPEN'"
                + " AND ($1::varchar[] IS NULL OR unit_id = ANY($1))"
                + " UNION ALL SELECT unit_id, placed_at FROM placement WHERE state = 'ACTIVE'"
                + " AND ($1::varchar[] IS NULL OR unit_id = ANY($1))")
                .execute(Tuple.of(only))
                .map(rows -> {
                    Map<String, Integer> open = new HashMap<>();
                    Map<String, List<OffsetDateTime>> placed = new HashMap<>();
                    for (Row row : rows) {
                        String unitId = row.getString("unit_id");
                        OffsetDateTime placedAt = row.getOffsetDateTime("placed_at");
                        if (placedAt == null) {
                            open.merge(unitId, 1, Integer::sum);
                        } else {
                            placed.computeIfAbsent(unitId, k -> new ArrayList<>()).add(placedAt);
                        }
                    }
                    Map<String, UnitHolds> holds = new HashMap<>();
                    if (unitIds != null) {
                        unitIds.forEach(unitId -> holds.put(unitId, UnitHolds.NONE));
                    }
                    open.forEach((unitId, count) -> holds.put(unitId, new UnitHolds(count, List.of())));
                    placed.forEach((unitId, at) -> holds.merge(unitId, new UnitHolds(0, List.copyOf(at)),
                            (a, b) -> new UnitHolds(a.openProposals(), b.placedAt())));
                    return holds;
                });
    }

    private static List<Proposal> all(RowSet<Row> rows) {
        List<Proposal> proposals = new ArrayList<>();
        rows.forEach(row -> proposals.add(map(row)));
        return proposals;
    }

    private static Proposal map(Row row) {
        return new Proposal(row.getUUID("proposal_id"), row.getUUID("request_id"), row.getString("unit_id"),
                row.getString("provider_id").strip(), Proposal.State.valueOf(row.getString("state")),
                row.getString("message"), row.getString("override_reason"), row.getString("proposed_by"),
                row.getOffsetDateTime("proposed_at"), row.getOffsetDateTime("hold_expires_at"),
                row.getString("answered_by"), row.getOffsetDateTime("answered_at"), row.getString("reason_code"),
                row.getString("reason_detail"), row.getBoolean("follow_up"));
    }
}
