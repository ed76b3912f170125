package nl.plekwijzer.matching.availability.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.matching.availability.UnitAvailability;

@ApplicationScoped
public class UnitAvailabilityRepository implements PanacheRepositoryBase<UnitAvailability, String> {
}
