package nl.plekwijzer.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The front page, open to all: what plekwijzer is and where each kind of user goes. */
@Path("/")
public class HomePage {

    private final Template page;

    public HomePage(@Location("home.html") Template page) {
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return page.instance();
    }
}
