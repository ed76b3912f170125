package nl.plekwijzer.intake.request;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provider that accepted a proposal for a request, and so may read its intake form. */
@Entity
@Table(name = "provider_access")
public class ProviderAccess extends PanacheEntityBase {

    @Id
    @Column(name = "proposal_id")
    public UUID proposalId;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(name = "provider_id", nullable = false)
    public String providerId;

    @Column(name = "granted_at", nullable = false)
    public OffsetDateTime grantedAt;

    public static ProviderAccess of(UUID proposalId, UUID requestId, String providerId, OffsetDateTime grantedAt) {
        ProviderAccess access = new ProviderAccess();
        access.proposalId = proposalId;
        access.requestId = requestId;
        access.providerId = providerId;
        access.grantedAt = grantedAt;
        return access;
    }
}
