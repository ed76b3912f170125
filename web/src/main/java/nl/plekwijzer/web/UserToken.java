package nl.plekwijzer.web;

import io.quarkus.oidc.AccessTokenCredential;
import jakarta.enterprise.context.RequestScoped;

/** The logged-in user's access token, as the services are called with it. */
@RequestScoped
public class UserToken {

    private final AccessTokenCredential accessToken;

    public UserToken(AccessTokenCredential accessToken) {
        this.accessToken = accessToken;
    }

    /** The value of the Authorization header of a call made for the user. */
    public String authorization() {
        return "Bearer " + accessToken.getToken();
    }
}
