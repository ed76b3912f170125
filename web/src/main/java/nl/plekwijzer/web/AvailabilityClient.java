package nl.plekwijzer.web;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** availability-service's anonymous counts: available places by kind and municipality. */
@RegisterRestClient(configKey = "availability-service")
@Path("/api/v1/public")
public interface AvailabilityClient {

    @GET
    @Path("/availability")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> publicCounts();
}
