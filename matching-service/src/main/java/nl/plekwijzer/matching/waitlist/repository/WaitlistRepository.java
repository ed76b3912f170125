package nl.plekwijzer.matching.waitlist.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;
import nl.plekwijzer.matching.waitlist.HistoryLine;
import nl.plekwijzer.matching.waitlist.Member;
import nl.plekwijzer.matching.waitlist.linkage.LinkRecord;
import nl.plekwijzer.matching.waitlist.linkage.Review;

/**
 * What matching stores of the regional waiting list: the providers' entries (pseudonymous, with
 * their cluster id), coordinators' decisions per pair of entries, and each cluster's history.
 */
@ApplicationScoped
public class WaitlistRepository {

    /** An entry as stored, with its linkage record and the cluster it was last in (null before the first link). */
    public record StoredMember(Member member, LinkRecord record, String clusterId) {
    }

    /** A coordinator's decision that two entries are (mustLink) or are not one youth. */
    public record StoredDecision(String memberA, String memberB, boolean mustLink) {
    }

    /** An entry's cluster after a link run. */
    public record ClusterAssignment(String member, String clusterId) {
    }

    private final Pool pool;
    private final ObjectMapper json;

    public WaitlistRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** Stores the applied changes in the caller's transaction: removed entries deleted, the others upserted. */
    public Uni<Void> applyChanges(SqlConnection transaction, List<WaitlistEntryChanged> applied) {
        List<Tuple> removals = new ArrayList<>();
        List<Tuple> upserts = new ArrayList<>();
        for (WaitlistEntryChanged event : applied) {
            if (event.change() == WaitlistEntryChanged.Change.REMOVED) {
                removals.add(Tuple.of(event.providerId(), event.providerEntryId()));
            } else {
                LinkageKeys keys = event.linkageKeys();
                upserts.add(Tuple.from(new Object[] { event.providerId(), event.providerEntryId(),
                        event.youthPseudonym(), toJson(keys), event.careFunction().name(), event.municipalityCode(),
                        event.registeredOn(), event.occurredAt() }));
            }
        }
        Uni<Void> removed = removals.isEmpty() ? Uni.createFrom().voidItem()
                : transaction.preparedQuery("DELETE FROM waitlist_member WHERE provider_id = $1 AND provider_entry_id = $2")
                        .executeBatch(removals).replaceWithVoid();
        return removed.flatMap(done -> upserts.isEmpty() ? Uni.createFrom().voidItem()
                : transaction.preparedQuery("INSERT INTO waitlist_member (provider_id, provider_entry_id,"
                        + " youth_pseudonym, linkage_keys, care_function, municipality_code, registered_on, updated_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (provider_id, provider_entry_id) DO UPDATE"
                        + " SET youth_pseudonym = EXCLUDED.youth_pseudonym, linkage_keys = EXCLUDED.linkage_keys,"
                        + " care_function = EXCLUDED.care_function,"
                        + " municipality_code = EXCLUDED.municipality_code, registered_on = EXCLUDED.registered_on,"
                        + " updated_at = EXCLUDED.updated_at")
                        .executeBatch(upserts).replaceWithVoid());
    }

    public Uni<List<StoredMember>> members() {
        return pool.query("SELECT provider_id, provider_entry_id, youth_pseudonym, linkage_keys, care_function,"
                + " municipality_code, registered_on, updated_at, cluster_id"
                + " FROM waitlist_member").execute()
                .map(rows -> {
                    List<StoredMember> members = new ArrayList<>();
                    rows.forEach(row -> {
                        Member member = new Member(row.getString("provider_id"), row.getString("provider_entry_id"),
                                UnitKind.valueOf(row.getString("care_function")), row.getString("municipality_code"),
                                row.getLocalDate("registered_on"), row.getOffsetDateTime("updated_at"));
                        UUID clusterId = row.getUUID("cluster_id");
                        members.add(new StoredMember(member, linkRecord(row),
                                clusterId == null ? null : clusterId.toString()));
                    });
                    return members;
                });
    }

    public Uni<List<StoredDecision>> decisions() {
        return pool.query("SELECT member_a, member_b, must_link FROM waitlist_link_decision").execute()
                .map(rows -> {
                    List<StoredDecision> decisions = new ArrayList<>();
                    rows.forEach(row -> decisions.add(new StoredDecision(row.getString("member_a"),
                            row.getString("member_b"), row.getBoolean("must_link"))));
                    return decisions;
                });
    }

    /** Stores a coordinator's decisions (a later one on the same pair replaces the earlier) with their history lines. */
    public Uni<Void> saveDecisions(List<Review.Decision> decisions, String actor, String reason, OffsetDateTime at,
            List<HistoryLine> history) {
        List<Tuple> rows = decisions.stream()
                .map(d -> {
                    boolean ordered = d.memberA().compareTo(d.memberB()) < 0;
                    return Tuple.of(ordered ? d.memberA() : d.memberB(), ordered ? d.memberB() : d.memberA(),
                            d.mustLink(), actor, reason, at);
                })
                .toList();
        return pool.withTransaction(transaction -> transaction.preparedQuery("INSERT INTO waitlist_link_decision"
                + " (member_a, member_b, must_link, decided_by, reason, decided_at) VALUES ($1, $2, $3, $4, $5, $6)"
                + " ON CONFLICT (member_a, member_b) DO UPDATE SET must_link = EXCLUDED.must_link,"
                + " decided_by = EXCLUDED.decided_by, reason = EXCLUDED.reason, decided_at = EXCLUDED.decided_at")
                .executeBatch(rows)
                .flatMap(done -> insertHistory(transaction, history)));
    }

    /** Stores each entry's new cluster and the history of the moves, in one transaction. */
    public Uni<Void> saveClusters(List<ClusterAssignment> assignments, List<HistoryLine> history) {
        List<Tuple> ids = assignments.stream().map(a -> Tuple.of(UUID.fromString(a.clusterId()),
                Member.providerIdOf(a.member()), Member.providerEntryIdOf(a.member()))).toList();
        return pool.withTransaction(transaction -> (ids.isEmpty() ? Uni.createFrom().voidItem()
                : transaction.preparedQuery("UPDATE waitlist_member SET cluster_id = $1"
                        + " WHERE provider_id = $2 AND provider_entry_id = $3").executeBatch(ids).replaceWithVoid())
                .flatMap(done -> insertHistory(transaction, history)));
    }

    public Uni<List<HistoryLine>> history(String clusterId) {
        return pool.preparedQuery("SELECT cluster_id, event, member, detail, actor, occurred_at"
                + " FROM waitlist_cluster_history WHERE cluster_id = $1 ORDER BY id")
                .execute(Tuple.of(UUID.fromString(clusterId)))
                .map(rows -> {
                    List<HistoryLine> lines = new ArrayList<>();
                    rows.forEach(row -> lines.add(new HistoryLine(row.getUUID("cluster_id").toString(),
                            row.getString("event"), row.getString("member"), row.getString("detail"),
                            row.getString("actor"), row.getOffsetDateTime("occurred_at"))));
                    return lines;
                });
    }

    private static Uni<Void> insertHistory(SqlConnection transaction, List<HistoryLine> history) {
        if (history.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery("INSERT INTO waitlist_cluster_history (cluster_id, event, member, detail,"
                + " actor, occurred_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .executeBatch(history.stream().map(line -> Tuple.of(UUID.fromString(line.clusterId()), line.event(),
                        line.member(), line.detail(), line.actor(), line.at())).toList())
                .replaceWithVoid();
    }

    private LinkRecord linkRecord(Row row) {
        String pseudonym = row.getString("youth_pseudonym");
        try {
            return LinkRecord.of(pseudonym == null ? null : pseudonym.strip(),
                    json.readValue(row.getString("linkage_keys"), LinkageKeys.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored linkage keys that cannot be read", e);
        }
    }

    private String toJson(LinkageKeys keys) {
        try {
            return json.writeValueAsString(keys);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
