package nl.plekwijzer.availability.status.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.status.StatusApplication.HistoryEntry;
import nl.plekwijzer.availability.status.UnitStatus;
import nl.plekwijzer.availability.unit.Unit;
import nl.plekwijzer.availability.unit.repository.UnitRepository;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;

@ApplicationScoped
public class StatusRepository {

    /** A unit with its current status (null before its first report). */
    public record UnitWithStatus(Unit unit, UnitStatus status) {
    }

    /** One status event as kept in the history. */
    public record HistoryRow(UUID eventId, OffsetDateTime occurredAt, OffsetDateTime receivedAt, int availablePlaces,
            int occupiedPlaces, int heldBackPlaces, Light light, LightReason reasonCode, String reason, LocalDate expectedAvailableFrom,
            boolean applied) {
    }

    private static final String STATUS_COLUMNS = "s.event_id, s.available_places, s.occupied_places,"
            + " s.held_back_places, s.light, s.reason_code, s.reason, s.expected_available_from, s.occurred_at";

    /**
     * The select list of {@code unit u LEFT JOIN unit_status s} that {@link #map(Row)} reads: the
     * unit columns qualified with {@code u.}, then the status columns.
     */
    public static final String UNIT_WITH_STATUS_COLUMNS = java.util.Arrays.stream(UnitRepository.COLUMNS.split(",\\s*"))
            .map(c -> "u." + c).collect(java.util.stream.Collectors.joining(", ")) + ", " + STATUS_COLUMNS;

    private final Pool pool;

    public StatusRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Map<String, UnitWithStatus>> unitsWithStatus(SqlClient client, Collection<String> unitIds) {
        return client.preparedQuery("SELECT " + UNIT_WITH_STATUS_COLUMNS
                + " FROM unit u LEFT JOIN unit_status s ON s.unit_id = u.unit_id WHERE u.unit_id = ANY($1)")
                .execute(Tuple.of(unitIds.toArray(new String[0])))
                .map(rows -> {
                    Map<String, UnitWithStatus> units = new HashMap<>();
                    rows.forEach(row -> {
                        UnitWithStatus found = map(row);
                        units.put(found.unit().unitId(), found);
                    });
                    return units;
                });
    }

    /**
     * Keeps these events in the history, one statement for all of them (a statement per row took
     * half a transaction of 5,000 reports), and returns the ids of those it did not hold yet. The
     * history is also the record of which status events were applied: an event it already holds
     * (or that another transaction is inserting, which this waits for) is left as it is.
     */
    public Uni<Set<UUID>> insertHistory(SqlClient client, List<HistoryEntry> history, OffsetDateTime receivedAt) {
        if (history.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        int n = history.size();
        UUID[] eventIds = new UUID[n];
        String[] unitIds = new String[n];
        OffsetDateTime[] occurredAt = new OffsetDateTime[n];
        Integer[] available = new Integer[n];
        Integer[] occupied = new Integer[n];
        Integer[] heldBack = new Integer[n];
        String[] lights = new String[n];
        String[] reasonCodes = new String[n];
        String[] reasons = new String[n];
        LocalDate[] expectedFrom = new LocalDate[n];
        Boolean[] applied = new Boolean[n];
        for (int i = 0; i < n; i++) {
            HistoryEntry entry = history.get(i);
            var report = entry.report();
            eventIds[i] = report.eventId();
            unitIds[i] = report.unitId();
            occurredAt[i] = report.occurredAt();
            available[i] = report.availablePlaces();
            occupied[i] = report.occupiedPlaces();
            heldBack[i] = report.heldBackPlaces() == null ? 0 : report.heldBackPlaces();
            lights[i] = entry.light().name();
            reasonCodes[i] = report.reasonCode() == null ? null : report.reasonCode().name();
            reasons[i] = report.reason();
            expectedFrom[i] = report.expectedAvailableFrom();
            applied[i] = entry.applied();
        }
        return client.preparedQuery("INSERT INTO status_event (event_id, unit_id, occurred_at, received_at,"
                + " available_places, occupied_places, held_back_places, light, reason_code, reason, expected_available_from,"
                + " applied) SELECT event_id, unit_id, occurred_at, $4::timestamptz, available_places, occupied_places, held_back_places,"
                + " light, reason_code, reason, expected_available_from, applied"
                + " FROM unnest($1::uuid[], $2::varchar[], $3::timestamptz[], $5::int[], $6::int[], $7::int[], $8::varchar[],"
                + " $9::varchar[], $10::varchar[], $11::date[], $12::boolean[]) AS r(event_id, unit_id, occurred_at,"
                + " available_places, occupied_places, held_back_places, light, reason_code, reason, expected_available_from,"
                + " applied) ON CONFLICT (event_id) DO NOTHING RETURNING event_id")
                .execute(Tuple.from(new Object[] { eventIds, unitIds, occurredAt, receivedAt, available, occupied, heldBack,
                        lights, reasonCodes, reasons, expectedFrom, applied }))
                .map(StatusRepository::eventIds);
    }

    /**
     * Which of these status events the history holds: those applied before, or kept without being
     * applied. Status events are not also written to the shared inbox ({@code consumed_event}): the
     * history already holds each, and writing every id twice cost a sixth of a transaction.
     */
    public Uni<Set<UUID>> inHistory(SqlClient client, List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return client.preparedQuery("SELECT event_id FROM status_event WHERE event_id = ANY($1)")
                .execute(Tuple.of(eventIds.toArray(new UUID[0])))
                .map(StatusRepository::eventIds);
    }

    /** Sets the {@code applied} flag of each of these events in the history to the one its entry holds. */
    public Uni<Void> correctApplied(SqlClient client, List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return client.preparedQuery("UPDATE status_event s SET applied = f.applied"
                + " FROM unnest($1::uuid[], $2::boolean[]) AS f(event_id, applied) WHERE s.event_id = f.event_id")
                .execute(Tuple.of(entries.stream().map(e -> e.report().eventId()).toArray(UUID[]::new),
                        entries.stream().map(HistoryEntry::applied).toArray(Boolean[]::new)))
                .replaceWithVoid();
    }

    private static Set<UUID> eventIds(RowSet<Row> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.getUUID("event_id")));
        return ids;
    }

    /**
     * Makes these the units' current status unless a unit's status is newer by now, and returns the
     * units saved; a unit that reports again is fresh again. A newer status can only be there when
     * another transaction (another replica) saved it after this one read the unit, and it stays.
     * Units in {@code snapshotDue} get their snapshot later ({@link #takeSnapshotsDue}); the others
     * have it sent with this change.
     */
    public Uni<Set<String>> saveCurrent(SqlClient client, Map<String, UnitStatus> statusByUnit, Set<String> snapshotDue) {
        if (statusByUnit.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        List<Tuple> rows = new ArrayList<>();
        // In unit id order: two consumer transactions that change the same units (a batch is keyed by
        // its own id, so two replicas can hold reports for one unit) then lock them in the same order.
        new TreeMap<>(statusByUnit).forEach((unitId, s) -> rows.add(Tuple.from(new Object[] { unitId, s.eventId(), s.availablePlaces(),
                s.occupiedPlaces(), s.heldBackPlaces(), s.light().name(),
                s.reasonCode() == null ? null : s.reasonCode().name(), s.reason(), s.expectedAvailableFrom(),
                s.occurredAt(), snapshotDue.contains(unitId) })));
        return client.preparedQuery("INSERT INTO unit_status (unit_id, event_id, available_places, occupied_places,"
                + " held_back_places, light, reason_code, reason, expected_available_from, occurred_at,"
                + " stale_published_at, snapshot_due) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, $11)"
                + " ON CONFLICT (unit_id) DO UPDATE SET"
                + " event_id = EXCLUDED.event_id, available_places = EXCLUDED.available_places,"
                + " occupied_places = EXCLUDED.occupied_places, held_back_places = EXCLUDED.held_back_places,"
                + " light = EXCLUDED.light, reason_code = EXCLUDED.reason_code, reason = EXCLUDED.reason,"
                + " expected_available_from = EXCLUDED.expected_available_from, occurred_at = EXCLUDED.occurred_at,"
                + " stale_published_at = NULL, snapshot_due = EXCLUDED.snapshot_due"
                + " WHERE unit_status.occurred_at <= EXCLUDED.occurred_at RETURNING unit_id")
                .executeBatch(rows)
                .map(result -> {
                    Set<String> saved = new HashSet<>();
                    for (RowSet<Row> rowSet = result; rowSet != null; rowSet = rowSet.next()) {
                        rowSet.forEach(row -> saved.add(row.getString("unit_id")));
                    }
                    return saved;
                });
    }

    /**
     * The units whose snapshot is due, with their status now; they are no longer due once this
     * commits. A unit the consumer is changing at this moment is skipped rather than waited for (and
     * so never deadlocked with): that change sends its snapshot itself or leaves it due for the next run.
     */
    public Uni<List<UnitWithStatus>> takeSnapshotsDue(SqlClient client) {
        return client.preparedQuery("UPDATE unit_status s SET snapshot_due = FALSE FROM unit u"
                + " WHERE u.unit_id = s.unit_id AND s.unit_id IN"
                + " (SELECT unit_id FROM unit_status WHERE snapshot_due FOR UPDATE SKIP LOCKED)"
                + " RETURNING " + UNIT_WITH_STATUS_COLUMNS)
                .execute()
                .map(rows -> {
                    List<UnitWithStatus> units = new ArrayList<>();
                    rows.forEach(row -> units.add(map(row)));
                    return units;
                });
    }

    /** A unit's status events, newest first. */
    public Uni<List<HistoryRow>> history(String unitId, int page, int size) {
        return pool.preparedQuery("SELECT event_id, occurred_at, received_at, available_places, occupied_places,"
                + " held_back_places, light, reason_code, reason, expected_available_from, applied"
                + " FROM status_event"
                + " WHERE unit_id = $1 ORDER BY occurred_at DESC, received_at DESC LIMIT $2 OFFSET $3")
                .execute(Tuple.of(unitId, size, page * size))
                .map(rows -> {
                    List<HistoryRow> history = new ArrayList<>();
                    rows.forEach(row -> history.add(new HistoryRow(row.getUUID("event_id"),
                            row.getOffsetDateTime("occurred_at"), row.getOffsetDateTime("received_at"),
                            row.getInteger("available_places"), row.getInteger("occupied_places"),
                            row.getInteger("held_back_places"), Light.valueOf(row.getString("light")),
                            reasonCode(row), row.getString("reason"), row.getLocalDate("expected_available_from"),
                            row.getBoolean("applied"))));
                    return history;
                });
    }

    public Uni<Long> historySize(String unitId) {
        return pool.preparedQuery("SELECT count(*) AS n FROM status_event WHERE unit_id = $1").execute(Tuple.of(unitId))
                .map(rows -> rows.iterator().next().getLong("n"));
    }

    /** Maps a row of {@code unit u LEFT JOIN unit_status s}. */
    public static UnitWithStatus map(Row row) {
        Unit unit = UnitRepository.map(row);
        UnitStatus status = row.getUUID("event_id") == null ? null
                : new UnitStatus(row.getUUID("event_id"), row.getInteger("available_places"),
                        row.getInteger("occupied_places"), row.getInteger("held_back_places"),
                        Light.valueOf(row.getString("light")), reasonCode(row), row.getString("reason"),
                        row.getLocalDate("expected_available_from"), row.getOffsetDateTime("occurred_at"));
        return new UnitWithStatus(unit, status);
    }

    private static LightReason reasonCode(Row row) {
        String code = row.getString("reason_code");
        return code == null ? null : LightReason.valueOf(code);
    }
}
