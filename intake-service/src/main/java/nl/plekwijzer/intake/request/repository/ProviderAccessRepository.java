package nl.plekwijzer.intake.request.repository;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.intake.request.ProviderAccess;

@ApplicationScoped
public class ProviderAccessRepository implements PanacheRepositoryBase<ProviderAccess, UUID> {

    /** True when the provider accepted a proposal for the request. */
    public Uni<Boolean> granted(UUID requestId, String providerId) {
        return count("requestId = ?1 and providerId = ?2", requestId, providerId).map(n -> n > 0);
    }
}
