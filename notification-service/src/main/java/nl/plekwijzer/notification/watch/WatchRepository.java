package nl.plekwijzer.notification.watch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.contracts.events.UnitWentStale;
import nl.plekwijzer.notification.notice.NotificationRules.CrisisStay;
import nl.plekwijzer.notification.notice.NotificationRules.OpenRequest;
import nl.plekwijzer.notification.notice.NotificationRules.StaleUnit;

/**
 * What notification-service follows to notify at the right moment: requests (their referrer, state,
 * decision and whether a fitting place is free), crisis stays (their clock) and stale units (until
 * they report). Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class WatchRepository {

    /** Takes the requests' current state (snapshots: the newest wins). */
    public Uni<Void> putRequests(SqlClient tx, List<PlacementRequestUpdated> requests) {
        if (requests.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("INSERT INTO watched_request (request_id, referrer_id, status, decision_valid_until,"
                + " updated_at, responsible_municipality_code, submitted_on, referrer_type, age_years, gender)"
                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
                + " ON CONFLICT (request_id) DO UPDATE SET referrer_id = EXCLUDED.referrer_id, status = EXCLUDED.status,"
                + " decision_valid_until = EXCLUDED.decision_valid_until, updated_at = EXCLUDED.updated_at,"
                + " responsible_municipality_code = EXCLUDED.responsible_municipality_code,"
                + " submitted_on = EXCLUDED.submitted_on, referrer_type = EXCLUDED.referrer_type,"
                + " age_years = EXCLUDED.age_years, gender = EXCLUDED.gender"
                + " WHERE watched_request.updated_at IS NULL OR watched_request.updated_at <= EXCLUDED.updated_at")
                .executeBatch(requests.stream().map(r -> Tuple.from(new Object[] { r.requestId(), r.referrerId(),
                        r.status().name(), r.decisionValidUntil(), r.updatedAt(), r.responsibleMunicipalityCode(),
                        r.submittedAt() == null ? null : r.submittedAt().toLocalDate(),
                        r.referrerType() == null ? null : r.referrerType().name(), r.ageYears(),
                        r.gender() == null ? null : r.gender().name() })).toList())
                .replaceWithVoid();
    }

    /** The referrers of these requests, where known. */
    public Uni<Map<UUID, String>> referrers(SqlClient tx, Set<UUID> requestIds) {
        return tx.preparedQuery("SELECT request_id, referrer_id FROM watched_request WHERE request_id = ANY($1)")
                .execute(Tuple.of(requestIds.toArray(new UUID[0]))).map(rows -> {
                    Map<UUID, String> referrers = new HashMap<>();
                    rows.forEach(row -> {
                        if (row.getString("referrer_id") != null) {
                            referrers.put(row.getUUID("request_id"), row.getString("referrer_id"));
                        }
                    });
                    return referrers;
                });
    }

    /** A request as last known: whether it is open, whether a fitting place was free, and its referrer. */
    public record WatchedRequest(UUID requestId, String referrerId, boolean open, Boolean freeFittingPlace) {
    }

    /** These requests as known now, locked for the transaction. */
    public Uni<Map<UUID, WatchedRequest>> lockRequests(SqlClient tx, Set<UUID> requestIds) {
        return tx.preparedQuery("SELECT request_id, referrer_id, status, free_fitting_place FROM watched_request"
                + " WHERE request_id = ANY($1) FOR UPDATE").execute(Tuple.of(requestIds.toArray(new UUID[0])))
                .map(rows -> {
                    Map<UUID, WatchedRequest> found = new HashMap<>();
                    rows.forEach(row -> found.put(row.getUUID("request_id"), new WatchedRequest(row.getUUID("request_id"),
                            row.getString("referrer_id"), "OPEN".equals(row.getString("status")),
                            row.getBoolean("free_fitting_place"))));
                    return found;
                });
    }

    /** Records whether each request has a fitting free place now (a request not seen before is added). */
    public Uni<Void> putFreeFittingPlace(SqlClient tx, Map<UUID, Boolean> freeByRequest) {
        if (freeByRequest.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("INSERT INTO watched_request (request_id, free_fitting_place) VALUES ($1, $2)"
                + " ON CONFLICT (request_id) DO UPDATE SET free_fitting_place = EXCLUDED.free_fitting_place")
                .executeBatch(freeByRequest.entrySet().stream().map(e -> Tuple.of(e.getKey(), e.getValue())).toList())
                .replaceWithVoid();
    }

    /** Open requests whose decision ends on or before {@code until}. */
    public Uni<List<OpenRequest>> openRequestsWithDecisionEndingBy(SqlClient client, LocalDate until) {
        return client.preparedQuery("SELECT request_id, referrer_id, decision_valid_until FROM watched_request"
                + " WHERE status = 'OPEN' AND decision_valid_until <= $1").execute(Tuple.of(until)).map(rows -> {
                    List<OpenRequest> found = new ArrayList<>();
                    rows.forEach(row -> found.add(new OpenRequest(row.getUUID("request_id"), row.getString("referrer_id"),
                            row.getLocalDate("decision_valid_until"))));
                    return found;
                });
    }

    /** Follows a crisis stay from its placement (PLACED with a crisis end date) until it ends. */
    public Uni<Void> followCrisisStays(SqlClient tx, List<PlacementEvent> placed) {
        if (placed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("INSERT INTO crisis_stay (proposal_id, request_id, unit_id, provider_id, start_date,"
                + " crisis_end_date) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (proposal_id) DO NOTHING")
                .executeBatch(placed.stream().map(e -> Tuple.from(new Object[] { e.proposalId(), e.requestId(),
                        e.unitId(), e.providerId(), e.startDate(), e.crisisEndDate() })).toList())
                .replaceWithVoid();
    }

    /** Stops following the stays that ended. */
    public Uni<Void> forgetCrisisStays(SqlClient tx, List<UUID> proposalIds) {
        return proposalIds.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("DELETE FROM crisis_stay WHERE proposal_id = ANY($1)")
                        .execute(Tuple.of(proposalIds.toArray(new UUID[0]))).replaceWithVoid();
    }

    /** The crisis stays followed whose clock may speak on or before {@code today} (day 21 or their last day). */
    public Uni<List<CrisisStay>> crisisStays(SqlClient client, LocalDate today) {
        return client.preparedQuery("SELECT proposal_id, request_id, unit_id, provider_id, start_date, crisis_end_date"
                + " FROM crisis_stay WHERE crisis_end_date >= $1").execute(Tuple.of(today)).map(rows -> {
                    List<CrisisStay> found = new ArrayList<>();
                    rows.forEach(row -> found.add(new CrisisStay(row.getUUID("proposal_id"), row.getUUID("request_id"),
                            row.getString("unit_id"), row.getString("provider_id"), row.getLocalDate("start_date"),
                            row.getLocalDate("crisis_end_date"))));
                    return found;
                });
    }

    /** Follows the units that went stale until they report. */
    public Uni<Void> followStaleUnits(SqlClient tx, List<UnitWentStale> stale) {
        if (stale.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("INSERT INTO stale_unit (unit_id, provider_id, stale_since) VALUES ($1, $2, $3)"
                + " ON CONFLICT (unit_id) DO UPDATE SET provider_id = EXCLUDED.provider_id,"
                + " stale_since = LEAST(stale_unit.stale_since, EXCLUDED.stale_since)")
                .executeBatch(stale.stream().map(s -> Tuple.of(s.unitId(), s.providerId(), s.detectedAt())).toList())
                .replaceWithVoid();
    }

    /** These units reported a fresh status (at these moments) after they went stale: no more reminders. */
    public Uni<Void> forgetStaleUnits(SqlClient tx, Map<String, OffsetDateTime> reportedAt) {
        return reportedAt.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("DELETE FROM stale_unit WHERE unit_id = $1 AND stale_since < $2")
                        .executeBatch(reportedAt.entrySet().stream().map(e -> Tuple.of(e.getKey(), e.getValue()))
                                .toList()).replaceWithVoid();
    }

    public Uni<List<StaleUnit>> staleUnits(SqlClient client) {
        return client.query("SELECT unit_id, provider_id, stale_since FROM stale_unit").execute().map(rows -> {
            List<StaleUnit> found = new ArrayList<>();
            rows.forEach(row -> found.add(new StaleUnit(row.getString("unit_id"), row.getString("provider_id"),
                    row.getOffsetDateTime("stale_since"))));
            return found;
        });
    }
}
