package nl.plekwijzer.availability.query.repository;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.hold.repository.HoldRepository;
import nl.plekwijzer.availability.status.repository.StatusRepository.UnitWithStatus;
import nl.plekwijzer.availability.status.repository.StatusRepository;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;

@ApplicationScoped
public class AvailabilityRepository {

    /**
     * The filters of {@code GET /api/v1/availability}; null means "any". {@code seenByProvider}: a
     * provider reading sees its own units and those whose provider opted in to show them to peers
     * (domain rule 16); null for a caller who sees every unit.
     */
    public record Filter(UnitKind kind, String municipalityCode, Domain domain, Integer age, Gender gender,
            boolean availableOnly, String providerId, String unitId, int limit, String seenByProvider) {
    }

    /** Counts of one kind in one municipality, for the public view. */
    public record PublicCount(UnitKind kind, String municipalityCode, long units, long places, long availablePlaces,
            long staleUnits) {
    }

    /** A unit with its status and the places proposals hold or placements took since its last report. */
    public record Found(UnitWithStatus unit, int heldForProposals) {
    }

    private final Pool pool;

    public AvailabilityRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Found>> find(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + StatusRepository.UNIT_WITH_STATUS_COLUMNS + ", "
                + HoldRepository.HELD_PLACES + " AS held FROM unit u LEFT JOIN unit_status s ON s.unit_id = u.unit_id"
                + " WHERE TRUE");
        List<Object> parameters = new ArrayList<>();
        if (filter.kind() != null) {
            parameters.add(filter.kind().name());
            sql.append(" AND u.kind = $").append(parameters.size());
        }
        if (filter.municipalityCode() != null) {
            parameters.add(filter.municipalityCode());
            sql.append(" AND u.municipality_code = $").append(parameters.size());
        }
        if (filter.domain() != null) {
            parameters.add("%," + filter.domain().name() + ",%");
            sql.append(" AND (',' || u.domains || ',') LIKE $").append(parameters.size());
        }
        if (filter.gender() != null) {
            parameters.add("%," + filter.gender().name() + ",%");
            sql.append(" AND (',' || u.genders || ',') LIKE $").append(parameters.size());
        }
        if (filter.age() != null) {
            parameters.add(filter.age());
            sql.append(" AND u.age_min <= $").append(parameters.size()).append(" AND u.age_max >= $")
                    .append(parameters.size());
        }
        if (filter.availableOnly()) {
            // Held places are not free anywhere.
            sql.append(" AND s.available_places > ").append(HoldRepository.HELD_PLACES);
        }
        if (filter.providerId() != null) {
            parameters.add(filter.providerId());
            sql.append(" AND u.provider_id = $").append(parameters.size());
        }
        if (filter.unitId() != null) {
            parameters.add(filter.unitId());
            sql.append(" AND u.unit_id = $").append(parameters.size());
        }
        if (filter.seenByProvider() != null) {
            parameters.add(filter.seenByProvider());
            sql.append(" AND (u.provider_id = $").append(parameters.size()).append(" OR u.detail_visible_to_peers)");
        }
        parameters.add(filter.limit());
        sql.append(" ORDER BY u.kind, u.municipality_code, u.unit_id LIMIT $").append(parameters.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(parameters)).map(rows -> {
            List<Found> units = new ArrayList<>();
            rows.forEach(row -> units.add(new Found(StatusRepository.map(row), row.getLong("held").intValue())));
            return units;
        });
    }

    public Uni<List<PublicCount>> publicCounts() {
        return pool.query("SELECT u.kind, u.municipality_code, count(*) AS units, sum(u.places) AS places,"
                + " coalesce(sum(greatest(0, s.available_places - " + HoldRepository.HELD_PLACES + ")), 0) AS available,"
                + " count(*) FILTER (WHERE s.occurred_at IS NULL"
                + "   OR s.occurred_at + make_interval(hours => u.confirmation_interval_hours) < now()) AS stale"
                + " FROM unit u LEFT JOIN unit_status s ON s.unit_id = u.unit_id"
                + " GROUP BY u.kind, u.municipality_code ORDER BY u.kind, u.municipality_code")
                .execute()
                .map(rows -> {
                    List<PublicCount> counts = new ArrayList<>();
                    rows.forEach(row -> counts.add(new PublicCount(UnitKind.valueOf(row.getString("kind")),
                            row.getString("municipality_code"), row.getLong("units"), row.getLong("places"),
                            row.getLong("available"), row.getLong("stale"))));
                    return counts;
                });
    }
}
