package nl.plekwijzer.web;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The coordinator's desk: the open requests by urgency and waiting time; one request's ranked,
 * explained suggestions, live; proposing to up to three units and following their answers; the
 * regional waiting list's review queue. The script works through the {@link Gateway}; the
 * suggestions are followed through the stream below.
 */
@Path("/coordinator")
@Authenticated
public class CoordinatorPage {

    /** As many suggestions as matching-service gives at once. */
    static final int SUGGESTIONS = 25;

    private final Template page;
    private final UserToken userToken;
    private final SuggestionClient suggestions;
    @Inject
    @IdToken
    JsonWebToken idToken;

    public CoordinatorPage(@Location("coordinator.html") Template page, UserToken userToken,
            @RestClient SuggestionClient suggestions) {
        this.page = page;
        this.userToken = userToken;
        this.suggestions = suggestions;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return page.data("user", User.of(idToken));
    }

    /** Where a notice about a request links to: the desk with that request chosen. */
    @GET
    @Path("/requests/{requestId}")
    public Response request(@PathParam("requestId") UUID requestId) {
        return Response.seeOther(URI.create("/coordinator?aanvraag=" + requestId)).build();
    }

    /** Where a notice about a unit links to (a unit that went stale): the desk. */
    @GET
    @Path("/units/{unitId}")
    public Response unit(@PathParam("unitId") String unitId) {
        return Response.seeOther(URI.create("/coordinator")).build();
    }

    @GET
    @Path("/aanvragen/{requestId}/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> suggestions(@PathParam("requestId") UUID requestId) {
        return suggestions.stream(userToken.authorization(), requestId, SUGGESTIONS);
    }
}
