package nl.plekwijzer.web;

import jakarta.ws.rs.core.Response;

/** A service's answer handed to the page as it is: status, type and body (problems included). */
final class Answers {

    private Answers() {
    }

    static Response passOn(Response answer) {
        return Response.status(answer.getStatus()).type(answer.getMediaType())
                .entity(answer.readEntity(String.class)).build();
    }
}
