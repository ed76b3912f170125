package nl.plekwijzer.availability.status.rest;

import java.util.Map;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.plekwijzer.availability.config.AvailabilityConfig;
import nl.plekwijzer.foundation.problem.RequestLimits;
import nl.plekwijzer.foundation.problem.RequestLimits.Refusal;

/**
 * At most {@code plekwijzer.availability.max-requests-in-flight} status requests are taken in at
 * once; one more is refused with 429 and {@code Retry-After} as it arrives, before its token is
 * checked or its body read, so that under overload a sender hears "back off" at once instead of
 * waiting in a queue behind the work already taken in.
 */
@ApplicationScoped
public class StatusAdmission {

    private static final Refusal BUSY = new Refusal(429, "busy", "Too Many Requests",
            "Too many status reports are being taken in at once; nothing of this request was accepted."
                    + " Send it again after Retry-After seconds.", null);
    private static final Map<String, String> RETRY_AFTER = Map.of("Retry-After", "1");

    private final Semaphore inFlight;
    private final ObjectMapper json;

    public StatusAdmission(AvailabilityConfig config, ObjectMapper json) {
        this.inFlight = new Semaphore(config.maxRequestsInFlight());
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/api/v1/units/:unitId/status").order(Integer.MIN_VALUE + 1).handler(this::admit);
        router.route(HttpMethod.POST, "/api/v1/status-reports").order(Integer.MIN_VALUE + 1).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (!inFlight.tryAcquire()) {
            RequestLimits.answer(context, json, BUSY, RETRY_AFTER);
            return;
        }
        context.addEndHandler(ended -> inFlight.release());
        context.next();
    }
}
