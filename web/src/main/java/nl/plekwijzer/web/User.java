package nl.plekwijzer.web;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is logged in, as the pages show it. */
public record User(String displayName) {

    static User of(JsonWebToken idToken) {
        String name = idToken.getClaim("name");
        return new User(name != null && !name.isBlank() ? name : idToken.getClaim("preferred_username"));
    }
}
