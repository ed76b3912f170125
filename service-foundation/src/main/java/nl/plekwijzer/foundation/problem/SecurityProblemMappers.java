package nl.plekwijzer.foundation.problem;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * 401 as problem+json. quarkus-resteasy-problem 3.21 has mappers for these, but they fail on
 * Quarkus 3.34 (NoSuchFieldError in its challenge handling), so these take precedence.
 */
public class SecurityProblemMappers {

    private static final java.net.URI UNAUTHORIZED = Problems.type("unauthorized");

    @ServerExceptionMapper(priority = 1)
    public Response missingToken(UnauthorizedException e) {
        return unauthorized("A bearer token is required");
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidToken(AuthenticationFailedException e) {
        return unauthorized("The bearer token is not valid");
    }

    /** A role that may not call this endpoint: a problem with its type and detail, as every other 403. */
    @ServerExceptionMapper(priority = 1)
    public Response notAllowed(io.quarkus.security.ForbiddenException e) {
        return Problems.forbidden("Your role may not do this").toResponse();
    }

    private static Response unauthorized(String detail) {
        Response problem = HttpProblem.builder()
                .withType(UNAUTHORIZED)
                .withTitle("Unauthorized")
                .withStatus(Response.Status.UNAUTHORIZED)
                .withDetail(detail)
                .build()
                .toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
