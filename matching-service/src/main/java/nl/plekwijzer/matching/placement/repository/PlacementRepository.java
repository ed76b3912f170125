package nl.plekwijzer.matching.placement.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.matching.placement.Placement;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    public Uni<List<Placement>> forRequest(UUID requestId) {
        return list("requestId", Sort.descending("placedAt"), requestId);
    }
}
