package nl.plekwijzer.availability;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Real signed bearer tokens, as Keycloak would issue them, for the test OIDC server. */
public final class Tokens {

    private Tokens() {
    }

    public static String provider(String providerId) {
        return OidcWiremockTestResource.generateJwtToken("provider-" + providerId, Set.of("provider"),
                "service-account-provider-" + providerId, null, Set.of(), Map.of("provider_id", providerId));
    }

    public static String withRole(String user, String role) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of(role));
    }
}
