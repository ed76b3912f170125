package nl.plekwijzer.availability.unit;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.plekwijzer.contracts.UnitKind;

/** A group, family home or foster slot of a provider, with its number of places. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "provider_id", nullable = false)
    public String providerId;

    @Column(name = "provider_name", nullable = false)
    public String providerName;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(nullable = false)
    public int places;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
