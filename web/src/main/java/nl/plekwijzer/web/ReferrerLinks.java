package nl.plekwijzer.web;

import java.net.URI;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Where notices for a referrer link to ({@code /referrer/requests/<id>}). There is no referrer page
 * yet: the front page, after logging in, until there is.
 */
@Path("/referrer")
@Authenticated
public class ReferrerLinks {

    @GET
    @Path("/requests/{requestId}")
    public Response request() {
        return Response.seeOther(URI.create("/")).build();
    }
}
