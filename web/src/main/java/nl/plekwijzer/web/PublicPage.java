package nl.plekwijzer.web;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * For everyone, parents included, without logging in: how many places are free, by kind of care
 * and municipality. Counts of places only; nothing about a youth, no unit's name or address.
 */
@Path("/public")
@PermitAll
public class PublicPage {

    private final Template page;
    private final AvailabilityClient availability;

    public PublicPage(@Location("public.html") Template page, @RestClient AvailabilityClient availability) {
        this.page = page;
        this.availability = availability;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return page.instance();
    }

    @GET
    @Path("/gegevens")
    public Uni<Response> counts() {
        return availability.publicCounts().map(answer -> Response.status(answer.getStatus())
                .type(answer.getMediaType()).entity(answer.readEntity(String.class)).build());
    }
}
