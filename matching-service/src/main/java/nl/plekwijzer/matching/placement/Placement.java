package nl.plekwijzer.matching.placement;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "placement")
public class Placement extends PanacheEntityBase {

    @Id
    @Column(name = "placement_id")
    public UUID placementId;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Column(name = "provider_id", nullable = false)
    public String providerId;

    /** A stay that only bridges until the fitting follow-up place is free (DOMAIN rule 6). */
    @Column(name = "bridging_placement", nullable = false)
    public boolean bridgingPlacement;

    @Column(name = "placed_at", nullable = false)
    public OffsetDateTime placedAt;
}
