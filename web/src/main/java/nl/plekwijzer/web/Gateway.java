package nl.plekwijzer.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.Encoded;

/**
 * How the pages' scripts call the services: {@code /gateway/<service>/api/v1/...} is sent on to
 * that service with the logged-in user's access token, and its answer comes back unchanged, so
 * what a user may see and do is decided by the services alone. Only calls that carry
 * {@code X-Requested-With: JavaScript} are sent on: another site cannot make a browser add that
 * header (as long as this module answers no CORS preflight), so it cannot act with the user's
 * session. Only {@code api/v1/} paths of the configured services are reached, never another
 * host or a path that climbs out of {@code api/v1/}.
 */
@Path("/gateway/{service}")
@Authenticated
public class Gateway {

    static final String SCRIPT_HEADER = "X-Requested-With";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final WebConfig config;
    private final UserToken userToken;

    public Gateway(WebConfig config, UserToken userToken) {
        this.config = config;
        this.userToken = userToken;
    }

    @GET
    @Path("/{path: api/v1/.+}")
    public Uni<Response> get(@PathParam("service") String service, @Encoded @PathParam("path") String path,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", service, path, uri, headers, null);
    }

    @POST
    @Path("/{path: api/v1/.+}")
    public Uni<Response> post(@PathParam("service") String service, @Encoded @PathParam("path") String path,
            @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("POST", service, path, uri, headers, body);
    }

    @PUT
    @Path("/{path: api/v1/.+}")
    public Uni<Response> put(@PathParam("service") String service, @Encoded @PathParam("path") String path,
            @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PUT", service, path, uri, headers, body);
    }

    private Uni<Response> forward(String method, String service, String path, UriInfo uri, HttpHeaders headers,
            byte[] body) {
        if (!"JavaScript".equals(headers.getHeaderString(SCRIPT_HEADER))) {
            return Uni.createFrom().item(problem(403, "Forbidden", "Only the pages' own scripts may call the services"));
        }
        String base = config.services().get(service);
        if (base == null) {
            return Uni.createFrom().item(problem(404, "Not Found", "No such service"));
        }
        if (climbsOut(path)) {
            return Uni.createFrom().item(problem(404, "Not Found", "No such path"));
        }
        String query = uri.getRequestUri().getRawQuery();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/" + path
                + (query == null ? "" : "?" + query))).timeout(Duration.ofSeconds(30))
                .header("Authorization", userToken.authorization());
        for (String header : new String[] { HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT }) {
            String value = headers.getHeaderString(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        request.method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return Uni.createFrom().completionStage(() -> http.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofByteArray()))
                .map(answer -> Response.status(answer.statusCode())
                        .type(answer.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse(null))
                        .entity(answer.body()).build())
                .onFailure().recoverWithItem(failure -> problem(503, "Service Unavailable",
                        "The service " + service + " cannot be reached now; try again shortly"));
    }

    /** A dot segment or an encoded slash, dot or backslash: the path would leave api/v1/ on the service. */
    static boolean climbsOut(String rawPath) {
        String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("..") || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
                || lower.contains("\\");
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status).type("application/problem+json")
                .entity(Map.of("status", status, "title", title, "detail", detail)).build();
    }
}
