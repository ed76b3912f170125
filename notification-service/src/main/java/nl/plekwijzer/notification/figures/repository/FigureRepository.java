package nl.plekwijzer.notification.figures.repository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.contracts.events.UnmetNeedRecorded;
import nl.plekwijzer.notification.figures.FigureInputs;

/** What the figures are made of, kept from the topics, and the figures of each day. */
@ApplicationScoped
public class FigureRepository {

    private final Pool pool;
    private final ObjectMapper json;
    private final ZoneId zone;

    public FigureRepository(Pool pool, ObjectMapper json, Clock clock) {
        this.pool = pool;
        this.json = json;
        this.zone = clock.getZone();
    }

    /** The region's day of a moment. */
    private LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    public Uni<Void> putProfiles(SqlClient tx, List<UnitProfileUpdated> profiles) {
        return profiles.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("INSERT INTO unit_figure (unit_id, kind, municipality_code, places) VALUES ($1, $2,"
                        + " $3, $4) ON CONFLICT (unit_id) DO UPDATE SET kind = EXCLUDED.kind,"
                        + " municipality_code = EXCLUDED.municipality_code,"
                        + " places = CASE WHEN unit_figure.reported_at IS NULL THEN EXCLUDED.places ELSE unit_figure.places END")
                        .executeBatch(profiles.stream().map(p -> Tuple.of(p.unitId(), p.kind().name(),
                                p.municipalityCode(), p.places())).toList())
                        .replaceWithVoid();
    }

    /** The newest report per unit wins. */
    public Uni<Void> putAvailability(SqlClient tx, List<UnitAvailabilityChanged> snapshots) {
        return snapshots.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("INSERT INTO unit_figure (unit_id, kind, places, available_places, occupied_places,"
                        + " held_back_places, stale, reported_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
                        + " ON CONFLICT (unit_id) DO UPDATE SET kind = EXCLUDED.kind, places = EXCLUDED.places,"
                        + " available_places = EXCLUDED.available_places, occupied_places = EXCLUDED.occupied_places,"
                        + " held_back_places = EXCLUDED.held_back_places, stale = EXCLUDED.stale,"
                        + " reported_at = EXCLUDED.reported_at"
                        + " WHERE unit_figure.reported_at IS NULL OR unit_figure.reported_at <= EXCLUDED.reported_at")
                        .executeBatch(snapshots.stream().map(s -> Tuple.from(new Object[] { s.unitId(), s.kind().name(),
                                s.places(), s.availablePlaces(), s.occupiedPlaces(), s.heldBackPlaces(), s.stale(),
                                s.occurredAt() })).toList())
                        .replaceWithVoid();
    }

    /** Proposals, stays and declines as the placement events tell them. */
    public Uni<Void> applyPlacementEvents(SqlClient tx, List<PlacementEvent> events) {
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (PlacementEvent e : events) {
            applied = applied.chain(() -> apply(tx, e));
        }
        return applied;
    }

    private Uni<Void> apply(SqlClient tx, PlacementEvent e) {
        return switch (e.type()) {
            case PROPOSED -> tx.preparedQuery("INSERT INTO open_proposal (proposal_id, unit_id) VALUES ($1, $2)"
                    + " ON CONFLICT DO NOTHING").execute(Tuple.of(e.proposalId(), e.unitId())).replaceWithVoid();
            case ACCEPTED, WITHDRAWN, EXPIRED -> closeProposal(tx, e);
            case DECLINED -> closeProposal(tx, e).chain(() -> tx.preparedQuery("INSERT INTO declined_proposal"
                    + " (event_id, request_id, reason, declined_on) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
                    .execute(Tuple.of(e.eventId(), e.requestId(), e.reason(), dayOf(e.occurredAt())))
                    .replaceWithVoid());
            case PLACED -> tx.preparedQuery("INSERT INTO stay (proposal_id, request_id, unit_id, start_date,"
                    + " crisis_end_date, replacement, placed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"
                    + " ON CONFLICT DO NOTHING")
                    .execute(Tuple.from(new Object[] { e.proposalId(), e.requestId(), e.unitId(),
                            Objects.requireNonNullElse(e.startDate(), dayOf(e.occurredAt())), e.crisisEndDate(),
                            e.replacement(), e.occurredAt() }))
                    .replaceWithVoid();
            case BRIDGING -> tx.preparedQuery("UPDATE stay SET bridging = true WHERE proposal_id = $1")
                    .execute(Tuple.of(e.proposalId())).replaceWithVoid();
            case ENDED -> tx.preparedQuery("UPDATE stay SET ended_on = $2, destination = $3 WHERE proposal_id = $1")
                    .execute(Tuple.of(e.proposalId(), Objects.requireNonNullElse(e.endedOn(), dayOf(e.occurredAt())),
                            e.reason())).replaceWithVoid();
            case ESCALATED -> Uni.createFrom().voidItem();
        };
    }

    private static Uni<Void> closeProposal(SqlClient tx, PlacementEvent e) {
        return tx.preparedQuery("DELETE FROM open_proposal WHERE proposal_id = $1").execute(Tuple.of(e.proposalId()))
                .replaceWithVoid();
    }

    /** The regional waiting list as it is now: an entry that went away is removed. */
    public Uni<Void> putWaiting(SqlClient tx, List<RegionalWaitlistEntryUpdated> entries) {
        // Only the last snapshot of each entry in this poll counts (a poll may hold "there", then "gone").
        Map<String, RegionalWaitlistEntryUpdated> last = new LinkedHashMap<>();
        entries.forEach(entry -> last.put(entry.clusterId() + "|" + entry.careFunction(), entry));
        List<Tuple> removed = new ArrayList<>();
        List<Tuple> present = new ArrayList<>();
        for (Map.Entry<String, RegionalWaitlistEntryUpdated> keyed : last.entrySet()) {
            String key = keyed.getKey();
            RegionalWaitlistEntryUpdated entry = keyed.getValue();
            if (entry.removed()) {
                removed.add(Tuple.of(key));
            } else {
                LocalDate since = entry.members().stream().map(RegionalWaitlistEntryUpdated.Member::registeredOn)
                        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
                present.add(Tuple.of(key, entry.municipalityCode(), entry.careFunction().name(), since,
                        entry.placedOn()));
            }
        }
        Uni<Void> done = removed.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("DELETE FROM waiting_youth WHERE entry_key = $1").executeBatch(removed)
                        .replaceWithVoid();
        return done.chain(() -> present.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("INSERT INTO waiting_youth (entry_key, municipality_code, care_function,"
                        + " waiting_since, placed_on) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (entry_key) DO UPDATE SET"
                        + " municipality_code = EXCLUDED.municipality_code, care_function = EXCLUDED.care_function,"
                        + " waiting_since = EXCLUDED.waiting_since, placed_on = EXCLUDED.placed_on")
                        .executeBatch(present).replaceWithVoid());
    }

    public Uni<Void> addUnmetNeeds(SqlClient tx, List<UnmetNeedRecorded> needs) {
        return needs.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery("INSERT INTO unmet_need (event_id, responsible_municipality_code, rules, recorded_on,"
                        + " request_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
                        .executeBatch(needs.stream().map(n -> Tuple.of(n.eventId(), n.responsibleMunicipalityCode(),
                                n.exclusions().keySet().toArray(new String[0]), dayOf(n.recordedAt()), n.requestId()))
                                .toList())
                        .replaceWithVoid();
    }

    /**
     * What the figures of {@code today} are made of, in one consistent reading: every unit, the
     * waiting list, the stays still running or ended since the start of last month, and the
     * requests, declines and unmet needs since then (the flows look back one month).
     */
    public Uni<FigureInputs> inputs(LocalDate today) {
        LocalDate since = YearMonth.from(today).minusMonths(1).atDay(1);
        List<FigureInputs.Unit> units = new ArrayList<>();
        List<FigureInputs.WaitingYouth> waiting = new ArrayList<>();
        List<FigureInputs.Stay> stays = new ArrayList<>();
        List<FigureInputs.Request> requests = new ArrayList<>();
        List<FigureInputs.Declined> declined = new ArrayList<>();
        List<FigureInputs.Unmet> unmet = new ArrayList<>();
        return pool.withTransaction(tx -> tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").execute()
                // Held: the places open proposals hold, and those placements took since the unit's last report.
                .chain(() -> tx.query("SELECT u.kind, u.municipality_code, u.places, u.available_places,"
                        + " u.occupied_places, u.held_back_places, u.stale,"
                        + " (SELECT count(*) FROM open_proposal p WHERE p.unit_id = u.unit_id)"
                        + " + (SELECT count(*) FROM stay s WHERE s.unit_id = u.unit_id"
                        + " AND (u.reported_at IS NULL OR s.placed_at > u.reported_at)) AS held"
                        + " FROM unit_figure u WHERE u.kind IS NOT NULL").execute())
                .invoke(rows -> rows.forEach(r -> units.add(new FigureInputs.Unit(UnitKind.valueOf(r.getString("kind")),
                        r.getString("municipality_code"), r.getInteger("places"), r.getInteger("available_places"),
                        r.getInteger("occupied_places"), r.getInteger("held_back_places"), r.getLong("held").intValue(),
                        r.getBoolean("stale")))))
                .chain(() -> tx.query("SELECT split_part(entry_key, '|', 1) AS cluster_id, municipality_code,"
                        + " care_function, waiting_since, placed_on FROM waiting_youth").execute())
                .invoke(rows -> rows.forEach(r -> waiting.add(new FigureInputs.WaitingYouth(r.getString("cluster_id"),
                        r.getString("municipality_code"), UnitKind.valueOf(r.getString("care_function")),
                        r.getLocalDate("waiting_since"), r.getLocalDate("placed_on")))))
                .chain(() -> tx.preparedQuery("SELECT r.responsible_municipality_code, u.kind, s.start_date,"
                        + " s.crisis_end_date, s.bridging, s.ended_on, s.destination, s.replacement FROM stay s"
                        + " LEFT JOIN watched_request r"
                        + " ON r.request_id = s.request_id LEFT JOIN unit_figure u ON u.unit_id = s.unit_id"
                        + " WHERE s.ended_on IS NULL OR s.ended_on >= $1").execute(Tuple.of(since)))
                .invoke(rows -> rows.forEach(r -> stays.add(new FigureInputs.Stay(
                        r.getString("responsible_municipality_code"), kind(r), r.getLocalDate("start_date"),
                        r.getLocalDate("crisis_end_date"), r.getBoolean("bridging"), r.getLocalDate("ended_on"),
                        r.getString("destination"), r.getBoolean("replacement")))))
                .chain(() -> tx.preparedQuery("SELECT responsible_municipality_code, submitted_on, referrer_type"
                        + " FROM watched_request WHERE submitted_on >= $1").execute(Tuple.of(since)))
                .invoke(rows -> rows.forEach(r -> requests.add(new FigureInputs.Request(
                        r.getString("responsible_municipality_code"), r.getLocalDate("submitted_on"),
                        r.getString("referrer_type")))))
                .chain(() -> tx.preparedQuery("SELECT r.responsible_municipality_code, d.reason, d.declined_on"
                        + " FROM declined_proposal d LEFT JOIN watched_request r ON r.request_id = d.request_id"
                        + " WHERE d.declined_on >= $1").execute(Tuple.of(since)))
                .invoke(rows -> rows.forEach(r -> declined.add(new FigureInputs.Declined(
                        r.getString("responsible_municipality_code"), r.getString("reason"),
                        r.getLocalDate("declined_on")))))
                .chain(() -> tx.preparedQuery("SELECT u.responsible_municipality_code, u.rules, u.recorded_on,"
                        + " r.age_years, r.gender FROM unmet_need u LEFT JOIN watched_request r"
                        + " ON r.request_id = u.request_id WHERE u.recorded_on >= $1").execute(Tuple.of(since)))
                .invoke(rows -> rows.forEach(r -> unmet.add(new FigureInputs.Unmet(
                        r.getString("responsible_municipality_code"), Set.of(r.getArrayOfStrings("rules")),
                        r.getLocalDate("recorded_on"), r.getInteger("age_years"), r.getString("gender")))))
                .map(done -> new FigureInputs(units, waiting, stays, requests, declined, unmet)));
    }

    private static UnitKind kind(Row row) {
        String kind = row.getString("kind");
        return kind == null ? null : UnitKind.valueOf(kind);
    }

    /** The figures of one scope (a municipality, or REGION) as they are at the end of {@code day} so far. */
    public Uni<Void> putDay(String scope, LocalDate day, Map<String, Long> figures, OffsetDateTime at) {
        return pool.preparedQuery("INSERT INTO figure_day (scope, day, figures, computed_at) VALUES ($1, $2, $3, $4)"
                + " ON CONFLICT (scope, day) DO UPDATE SET figures = EXCLUDED.figures, computed_at = EXCLUDED.computed_at")
                .execute(Tuple.of(scope, day, new JsonObject(toJson(figures)), at)).replaceWithVoid();
    }

    /**
     * Stores days of figures made elsewhere, all or none; a day already known (the service's own,
     * or imported before) is kept as it is. Answers how many were stored.
     */
    public Uni<Integer> importDays(List<Day> days, List<String> scopes, OffsetDateTime at) {
        List<Tuple> rows = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            rows.add(Tuple.of(scopes.get(i), days.get(i).day(), new JsonObject(toJson(days.get(i).figures())), at));
        }
        return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO figure_day (scope, day, figures, computed_at)"
                + " VALUES ($1, $2, $3, $4) ON CONFLICT (scope, day) DO NOTHING").executeBatch(rows))
                .map(result -> {
                    int stored = 0;
                    for (var rowSet = result; rowSet != null; rowSet = rowSet.next()) {
                        stored += rowSet.rowCount();
                    }
                    return stored;
                });
    }

    /** A scope's figures per day from {@code from}, oldest first. */
    public Uni<List<Day>> days(String scope, LocalDate from) {
        return pool.preparedQuery("SELECT day, figures FROM figure_day WHERE scope = $1 AND day >= $2 ORDER BY day")
                .execute(Tuple.of(scope, from)).map(rows -> {
                    List<Day> days = new ArrayList<>();
                    rows.forEach(row -> days.add(new Day(row.getLocalDate("day"), fromJson(row.getJsonObject("figures")))));
                    return days;
                });
    }

    /** A scope's figures on the last known day of each month from {@code from} up to and including {@code to}. */
    public Uni<Map<YearMonth, Map<String, Long>>> endOfMonths(String scope, YearMonth from, YearMonth to) {
        return pool.preparedQuery("SELECT DISTINCT ON (date_trunc('month', day)) day, figures FROM figure_day"
                + " WHERE scope = $1 AND day BETWEEN $2 AND $3 ORDER BY date_trunc('month', day), day DESC")
                .execute(Tuple.of(scope, from.atDay(1), to.atEndOfMonth())).map(rows -> {
                    Map<YearMonth, Map<String, Long>> months = new TreeMap<>();
                    rows.forEach(row -> months.put(YearMonth.from(row.getLocalDate("day")),
                            fromJson(row.getJsonObject("figures"))));
                    return months;
                });
    }

    /** One day's figures. */
    public record Day(LocalDate day, Map<String, Long> figures) {
    }

    private String toJson(Map<String, Long> figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Figures are always JSON", e);
        }
    }

    private Map<String, Long> fromJson(JsonObject figures) {
        try {
            return json.readValue(figures.encode(), new TypeReference<TreeMap<String, Long>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored figures are always JSON", e);
        }
    }
}
