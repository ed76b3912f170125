package nl.plekwijzer.web;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * notification-service's live municipal figures, followed with the logged-in user's own token:
 * which municipality a user may see is decided there, not here. (Everything else the pages read
 * through the {@link Gateway}; a stream needs a client of its own.)
 */
@RegisterRestClient(configKey = "notification-service")
@Path("/api/v1/dashboard")
public interface DashboardClient {

    /** Each element is one event's data: a snapshot as JSON text. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> stream(@HeaderParam("Authorization") String authorization,
            @QueryParam("municipalityCode") String municipalityCode);
}
