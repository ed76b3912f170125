package nl.plekwijzer.foundation.problem;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.foundation.messaging.TransientFailures;

/**
 * What no other mapper took: a failure that passes (database or broker away) is 503 with a
 * problem, so that clients retry; anything else is a 500 problem without details. Neither quotes
 * the failure's message, which may hold values from the request.
 */
public class UnavailableProblemMapper {

    private static final Logger LOG = Logger.getLogger(UnavailableProblemMapper.class);

    @ServerExceptionMapper(priority = 2)
    public Response unexpected(Exception e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException web) {
            return web.getResponse();
        }
        if (TransientFailures.isTransient(e)) {
            LOG.warnf("Answered 503: %s", TransientFailures.describe(e));
            return Problems.unavailable("A service this request needs is unavailable for now; nothing was changed."
                    + " Try again shortly.").toResponse();
        }
        LOG.errorf("Answered 500: %s", TransientFailures.describe(e));
        return HttpProblem.builder()
                .withType(Problems.type("internal"))
                .withTitle("Internal Server Error")
                .withStatus(Response.Status.INTERNAL_SERVER_ERROR)
                .withDetail("The request could not be handled")
                .build().toResponse();
    }
}
