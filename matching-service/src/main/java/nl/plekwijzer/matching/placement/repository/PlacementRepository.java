package nl.plekwijzer.matching.placement.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.matching.placement.Placement;

@ApplicationScoped
public class PlacementRepository {

    private final Pool pool;

    public PlacementRepository(Pool pool) {
        this.pool = pool;
    }

    /** The placements of one request, newest first. */
    public Uni<List<Placement>> forRequest(UUID requestId) {
        return pool.preparedQuery("SELECT placement_id, request_id, unit_id, provider_id, bridging_placement, placed_at"
                + " FROM placement WHERE request_id = $1 ORDER BY placed_at DESC")
                .execute(Tuple.of(requestId))
                .map(rows -> {
                    List<Placement> placements = new ArrayList<>();
                    rows.forEach(row -> placements.add(new Placement(row.getUUID("placement_id"),
                            row.getUUID("request_id"), row.getString("unit_id"), row.getString("provider_id").strip(),
                            row.getBoolean("bridging_placement"), row.getOffsetDateTime("placed_at"))));
                    return placements;
                });
    }
}
