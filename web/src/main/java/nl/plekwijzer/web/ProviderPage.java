package nl.plekwijzer.web;

import java.net.URI;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A provider's intake desk: its units with light, figures and freshness, a status report in one
 * step, the open proposals to accept or decline, and the waiting-list upload. The script reads and
 * writes through the {@link Gateway}; availability-service and matching-service show a provider
 * only its own.
 */
@Path("/provider")
@Authenticated
public class ProviderPage {

    private final Template page;
    @Inject
    @IdToken
    JsonWebToken idToken;

    public ProviderPage(@Location("provider.html") Template page) {
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return page.data("user", User.of(idToken)).data("providerId", idToken.getClaim("provider_id"));
    }

    /** Where notices for a provider link to (a proposal, a stale unit, its placements): the desk. */
    @GET
    @Path("/{notice: proposals/.+|units/.+|placements}")
    public Response fromNotice() {
        return Response.seeOther(URI.create("/provider")).build();
    }
}
