package nl.plekwijzer.web;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The municipal dashboard: a municipality's figures live, with the region beside them. The page
 * itself is a shell; its script reads the figures through the {@link Gateway} and follows them
 * through the stream below, which passes the user's token on to notification-service.
 */
@Path("/dashboard")
@Authenticated
public class DashboardPage {

    /** How many days the availability chart looks back. */
    static final int HISTORY_DAYS = 30;

    private final Template page;
    private final UserToken userToken;
    private final DashboardClient dashboard;
    @Inject
    @IdToken
    JsonWebToken idToken;

    public DashboardPage(@Location("dashboard.html") Template page, UserToken userToken,
            @RestClient DashboardClient dashboard) {
        this.page = page;
        this.userToken = userToken;
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
    @Path("/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    public Multi<String> stream(@QueryParam("gemeente") String municipalityCode) {
        return dashboard.stream(userToken.authorization(), municipalityCode);
    }
}
