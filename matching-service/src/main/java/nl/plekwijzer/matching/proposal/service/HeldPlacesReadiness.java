package nl.plekwijzer.matching.proposal.service;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Ready once the places that proposals and placements hold are known: before that, suggestions would offer them. */
@Readiness
@ApplicationScoped
public class HeldPlacesReadiness implements HealthCheck {

    private final HeldPlaces holds;

    public HeldPlacesReadiness(HeldPlaces holds) {
        this.holds = holds;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Places held by proposals and placements loaded").status(holds.loaded())
                .build();
    }
}
