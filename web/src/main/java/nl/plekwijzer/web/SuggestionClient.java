package nl.plekwijzer.web;

import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** matching-service's live suggestions for one request, followed with the logged-in user's token. */
@RegisterRestClient(configKey = "matching-service")
@Path("/api/v1/placement-requests/{requestId}/suggestions/stream")
public interface SuggestionClient {

    /** Each element is one event's data: the request's suggestion list as JSON text. */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> stream(@HeaderParam("Authorization") String authorization, @PathParam("requestId") UUID requestId,
            @QueryParam("limit") int limit);
}
