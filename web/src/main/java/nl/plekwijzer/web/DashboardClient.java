package nl.plekwijzer.web;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * notification-service's municipal figures, read with the logged-in user's own token: which
 * municipality a user may see is decided there, not here. Answers of every status come back as
 * they are (the default exception mapper is off for this client).
 */
@RegisterRestClient(configKey = "notification-service")
@Path("/api/v1/dashboard")
public interface DashboardClient {

    @GET
    @Path("/snapshot")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> snapshot(@HeaderParam("Authorization") String authorization,
            @QueryParam("municipalityCode") String municipalityCode);

    @GET
    @Path("/history")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> history(@HeaderParam("Authorization") String authorization,
            @QueryParam("municipalityCode") String municipalityCode, @QueryParam("days") int days);

    /** Each element is one event's data: a snapshot as JSON text. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> stream(@HeaderParam("Authorization") String authorization,
            @QueryParam("municipalityCode") String municipalityCode);
}
