package nl.plekwijzer.web;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The municipal dashboard: a municipality's figures live, with the region beside them. The page
 * itself is a shell; its script reads the figures through the three data paths below, which pass
 * the user's token on to notification-service and its answer back unchanged.
 */
@Path("/dashboard")
@Authenticated
public class DashboardPage {

    /** How many days the availability chart looks back. */
    static final int HISTORY_DAYS = 30;

    private final Template page;
    private final AccessTokenCredential accessToken;
    private final DashboardClient dashboard;
    @Inject
    @IdToken
    JsonWebToken idToken;

    public DashboardPage(@Location("dashboard.html") Template page, AccessTokenCredential accessToken,
            @RestClient DashboardClient dashboard) {
        this.page = page;
        this.accessToken = accessToken;
        this.dashboard = dashboard;
    }

    /**
     * @param municipalityCode for a coordinator, the municipality to show (the region when absent);
     *        a municipality's own analyst always sees their own
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("gemeente") String municipalityCode) {
        String own = idToken.getClaim("municipality_code");
        return page.data("user", User.of(idToken))
                .data("municipalityCode", own != null ? own : municipalityCode)
                .data("historyDays", HISTORY_DAYS);
    }

    @GET
    @Path("/gegevens/nu")
    public Uni<Response> snapshot(@QueryParam("gemeente") String municipalityCode) {
        return dashboard.snapshot(bearer(), municipalityCode).map(Answers::passOn);
    }

    @GET
    @Path("/gegevens/verloop")
    public Uni<Response> history(@QueryParam("gemeente") String municipalityCode) {
        return dashboard.history(bearer(), municipalityCode, HISTORY_DAYS).map(Answers::passOn);
    }

    @GET
    @Path("/gegevens/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> stream(@QueryParam("gemeente") String municipalityCode) {
        return dashboard.stream(bearer(), municipalityCode);
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }
}
