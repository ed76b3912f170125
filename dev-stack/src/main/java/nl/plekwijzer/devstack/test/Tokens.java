package nl.plekwijzer.devstack.test;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Real signed bearer tokens for the test OIDC server, shaped like the ones Keycloak issues in the
 * local realm: the role in {@code groups}, plus {@code provider_id} or {@code municipality_code}.
 */
public final class Tokens {

    /** The {@code typ} of a Keycloak access token; the services accept no other. */
    private static final String BEARER = "Bearer";
    /** The audience every access token for the services carries (a mapper on each Keycloak client). */
    private static final Set<String> API = Set.of("plekwijzer-api");

    private Tokens() {
    }

    public static String provider(String providerId) {
        return OidcWiremockTestResource.generateJwtToken("service-account-provider-" + providerId, Set.of("provider"),
                "service-account-provider-" + providerId, null, API, Map.of("provider_id", providerId, "typ", BEARER));
    }

    public static String municipality(String municipalityCode) {
        String user = "analyst-" + municipalityCode.toLowerCase();
        return OidcWiremockTestResource.generateJwtToken(user, Set.of("municipality"), user, null, API,
                Map.of("municipality_code", municipalityCode, "typ", BEARER));
    }

    /** A token for {@code user} with one realm role (referrer, coordinator, admin, ...). */
    public static String withRole(String user, String role) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(role), user, null, API, Map.of("typ", BEARER));
    }

    /** An access token of the same issuer for another client (the account console): not for this API. */
    public static String forAnotherClient(String user, String role) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(role), user, null, Set.of("account"),
                Map.of("typ", BEARER));
    }

    /** An ID token of the same issuer for {@code user}: signed, but not an access token. */
    public static String idToken(String user, String role) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(role), user, null, Set.of(user), Map.of("typ", "ID"));
    }
}
