package nl.plekwijzer.matching.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling: their opaque id, roles, and a provider's or municipality's claim. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The token's {@code sub}: the same id intake-service puts on a request as its referrer. */
    public String id() {
        return token.getSubject();
    }

    /** The user name, for people reading the access log. */
    public String name() {
        return identity.getPrincipal().getName();
    }

    /** The role under which a youth's data is read, for the access log. */
    public String readingRole() {
        return identity.hasRole(Roles.COORDINATOR) ? Roles.COORDINATOR
                : identity.hasRole(Roles.ADMIN) ? Roles.ADMIN : Roles.REFERRER;
    }

    /** The client application the token was issued to ({@code azp}). */
    public String onBehalfOf() {
        return claim("azp");
    }

    public boolean isCoordinatorOrAdmin() {
        return identity.hasRole(Roles.COORDINATOR) || identity.hasRole(Roles.ADMIN);
    }

    public boolean isProvider() {
        return identity.hasRole(Roles.PROVIDER);
    }

    public boolean isMunicipality() {
        return identity.hasRole(Roles.MUNICIPALITY);
    }

    public String providerId() {
        return claim("provider_id");
    }

    public String municipalityCode() {
        return claim("municipality_code");
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }
}
