package nl.plekwijzer.matching.state;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Ready once the state has been rebuilt from the topics as they were at start-up. */
@Readiness
@ApplicationScoped
public class ReplayReadiness implements HealthCheck {

    private final Replay replay;

    public ReplayReadiness(Replay replay) {
        this.replay = replay;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Matching state rebuilt from the topics").status(replay.caughtUp()).build();
    }
}
