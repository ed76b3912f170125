package nl.plekwijzer.matching.placement.repository;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.IntendedDestination;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.matching.placement.Placement;

@ApplicationScoped
public class PlacementRepository {

    private static final String COLUMNS = "placement_id, request_id, proposal_id, unit_id, provider_id, kind,"
            + " responsible_municipality_code, start_date, bridging_placement, youth_pseudonym, replacement, state,"
            + " placed_at, ended_on, destination, end_reason, crisis_end_date, intended_destination, turns18_quarter,"
            + " follow_up_of";

    private final Pool pool;

    public PlacementRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(SqlClient tx, Placement placement) {
        return tx.preparedQuery("INSERT INTO placement (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
                + " $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)")
                .execute(Tuple.from(new Object[] { placement.placementId(), placement.requestId(),
                        placement.proposalId(), placement.unitId(), placement.providerId(),
                        placement.kind() == null ? null : placement.kind().name(),
                        placement.responsibleMunicipalityCode(), placement.startDate(), placement.bridgingPlacement(),
                        placement.youthPseudonym(), placement.replacement(), placement.state().name(),
                        placement.placedAt(), placement.endedOn(),
                        placement.destination() == null ? null : placement.destination().name(),
                        placement.endReason(), placement.crisisEndDate(),
                        placement.intendedDestination() == null ? null : placement.intendedDestination().name(),
                        placement.turns18InQuarter() == null ? null : placement.turns18InQuarter().atDay(1),
                        placement.followUpOf() }))
                .replaceWithVoid();
    }

    /** Relabels the active crisis placements whose end date lies before {@code today} as bridging; returns them. */
    public Uni<List<Placement>> relabelBridging(SqlClient tx, LocalDate today) {
        return tx.preparedQuery("UPDATE placement SET bridging_placement = true WHERE state = 'ACTIVE'"
                + " AND NOT bridging_placement AND crisis_end_date < $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(today)).map(rows -> {
                    List<Placement> relabelled = new ArrayList<>();
                    rows.forEach(row -> relabelled.add(map(row)));
                    return relabelled;
                });
    }

    /** The provider each youth was last placed with, crisis stays left out (the way back leads past them). */
    public Uni<Map<String, String>> lastProviderPerYouth() {
        return pool.query("SELECT DISTINCT ON (youth_pseudonym) youth_pseudonym, provider_id FROM placement"
                + " WHERE youth_pseudonym IS NOT NULL AND crisis_end_date IS NULL"
                + " ORDER BY youth_pseudonym, placed_at DESC").execute()
                .map(rows -> {
                    Map<String, String> last = new HashMap<>();
                    rows.forEach(row -> last.put(row.getString("youth_pseudonym"), row.getString("provider_id").strip()));
                    return last;
                });
    }

    public Uni<Placement> find(UUID placementId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM placement WHERE placement_id = $1")
                .execute(Tuple.of(placementId))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** The youth's placements, for telling a re-placement. */
    public Uni<List<Placement>> ofYouth(SqlClient client, String youthPseudonym) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM placement WHERE youth_pseudonym = $1")
                .execute(Tuple.of(youthPseudonym)).map(rows -> {
                    List<Placement> placements = new ArrayList<>();
                    rows.forEach(row -> placements.add(map(row)));
                    return placements;
                });
    }

    /** Ends an active placement; returns it as it is now, or null when it was not active. */
    public Uni<Placement> end(SqlClient tx, UUID placementId, LocalDate endedOn, Placement.Destination destination,
            String reason, String endedBy) {
        return tx.preparedQuery("UPDATE placement SET state = 'ENDED', ended_on = $2, destination = $3,"
                + " end_reason = $4, ended_by = $5 WHERE placement_id = $1 AND state = 'ACTIVE' RETURNING " + COLUMNS)
                .execute(Tuple.from(new Object[] { placementId, endedOn, destination.name(), reason, endedBy }))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /**
     * Ends, on the follow-up's start, the active bridging placements whose follow-up placement has
     * started by {@code today} (domain rule 20: the youth moved on to another placement); returns them.
     */
    public Uni<List<Placement>> endBridgingFollowedUp(SqlClient tx, LocalDate today) {
        return tx.preparedQuery("UPDATE placement b SET state = 'ENDED', ended_on = f.start_date,"
                + " destination = 'ANOTHER_PLACEMENT', end_reason = 'the follow-up place started',"
                + " ended_by = 'plekwijzer' FROM placement f WHERE f.follow_up_of = b.placement_id"
                + " AND b.state = 'ACTIVE' AND f.start_date <= $1 RETURNING "
                + Arrays.stream(COLUMNS.split(",")).map(c -> "b." + c.strip()).collect(Collectors.joining(", ")))
                .execute(Tuple.of(today)).map(rows -> {
                    List<Placement> ended = new ArrayList<>();
                    rows.forEach(row -> ended.add(map(row)));
                    return ended;
                });
    }

    /** The request's active bridging placement (the one a follow-up placement ends), or null. */
    public Uni<Placement> activeBridgingOf(SqlClient tx, UUID requestId) {
        return tx.preparedQuery("SELECT " + COLUMNS + " FROM placement WHERE request_id = $1 AND state = 'ACTIVE'"
                + " AND bridging_placement ORDER BY placed_at DESC LIMIT 1").execute(Tuple.of(requestId))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** The latest start per youth and kind of place, for the regional waiting list ("placed"). */
    public Uni<List<Placement>> latestStartPerYouthAndKind() {
        return pool.query("SELECT DISTINCT ON (youth_pseudonym, kind) " + COLUMNS + " FROM placement"
                + " WHERE youth_pseudonym IS NOT NULL AND kind IS NOT NULL AND start_date IS NOT NULL"
                + " ORDER BY youth_pseudonym, kind, start_date DESC").execute()
                .map(rows -> {
                    List<Placement> placements = new ArrayList<>();
                    rows.forEach(row -> placements.add(map(row)));
                    return placements;
                });
    }

    /** Placements matching every filter given (null: any), newest first. */
    public Uni<List<Placement>> search(UUID requestId, String unitId, String municipalityCode, String providerId,
            Placement.Listed listed, int limit) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM placement WHERE ($1::uuid IS NULL OR request_id = $1)"
                + " AND ($2::varchar IS NULL OR unit_id = $2)"
                + " AND ($3::varchar IS NULL OR responsible_municipality_code = $3)"
                + " AND ($4::varchar IS NULL OR provider_id = $4)"
                + " AND ($5::varchar IS NULL OR state = $5) AND ($6::boolean IS NULL OR bridging_placement = $6)"
                + " ORDER BY placed_at DESC LIMIT $7")
                .execute(Tuple.from(new Object[] { requestId, unitId, municipalityCode, providerId,
                        listed == null ? null : listed == Placement.Listed.ENDED ? "ENDED" : "ACTIVE",
                        listed == null || listed == Placement.Listed.ENDED ? null : listed == Placement.Listed.BRIDGING,
                        limit }))
                .map(rows -> {
                    List<Placement> placements = new ArrayList<>();
                    rows.forEach(row -> placements.add(map(row)));
                    return placements;
                });
    }

    private static Placement map(Row row) {
        String kind = row.getString("kind");
        String destination = row.getString("destination");
        String intendedDestination = row.getString("intended_destination");
        return new Placement(row.getUUID("placement_id"), row.getUUID("request_id"), row.getUUID("proposal_id"),
                row.getString("unit_id"), row.getString("provider_id").strip(),
                kind == null ? null : UnitKind.valueOf(kind), row.getString("responsible_municipality_code"),
                row.getLocalDate("start_date"), row.getBoolean("bridging_placement"), row.getString("youth_pseudonym"),
                row.getBoolean("replacement"), Placement.State.valueOf(row.getString("state")),
                row.getOffsetDateTime("placed_at"), row.getLocalDate("ended_on"),
                destination == null ? null : Placement.Destination.valueOf(destination), row.getString("end_reason"),
                row.getLocalDate("crisis_end_date"),
                intendedDestination == null ? null : IntendedDestination.valueOf(intendedDestination),
                row.getLocalDate("turns18_quarter") == null ? null : YearMonth.from(row.getLocalDate("turns18_quarter")),
                row.getUUID("follow_up_of"));
    }
}
