package nl.plekwijzer.intake.request.repository;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.intake.request.PlacementRequest;

@ApplicationScoped
public class PlacementRequestRepository implements PanacheRepositoryBase<PlacementRequest, UUID> {
}
