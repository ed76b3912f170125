package nl.plekwijzer.foundation.problem;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.foundation.messaging.TransientFailures;

/**
 * What no more specific mapper took: a failure that passes (database or broker away) is 503 with a
 * problem, so that clients retry; anything else is a 500 problem without details. Neither answer
 * nor log quotes the failure's message, which may hold values from the request; the log names the
 * failure's types and where it was thrown.
 */
public class UnexpectedFailureMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class);

    @ServerExceptionMapper(priority = 2)
    public Response unexpected(Exception e) {
        if (TransientFailures.isTransient(e)) {
            LOG.warnf("Answered 503: %s", TransientFailures.describe(e));
            return Problems.unavailable("A service this request needs is unavailable for now; nothing was changed."
                    + " Try again shortly.").toResponse();
        }
        LOG.errorf("Answered 500: %s at %s", TransientFailures.describe(e), Arrays.stream(e.getStackTrace()).limit(8)
                .map(StackTraceElement::toString).collect(Collectors.joining(" < ")));
        return HttpProblem.builder()
                .withType(Problems.type("internal"))
                .withTitle("Internal Server Error")
                .withStatus(Response.Status.INTERNAL_SERVER_ERROR)
                .withDetail("The request could not be handled")
                .build().toResponse();
    }
}
