package nl.plekwijzer.foundation.security;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import nl.plekwijzer.foundation.problem.Problems;

/**
 * Who is calling: their opaque id, user name, roles, the client they act through, and the
 * {@code provider_id} or {@code municipality_code} their token carries. Rules that name a
 * service's own types stay in that service.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The token's {@code sub}: opaque and stable (user names can change); intake records it as a request's referrer. */
    public String id() {
        return token.getSubject();
    }

    /** The user name, for people reading an access log. */
    public String userName() {
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public boolean isCoordinator() {
        return hasRole(Roles.COORDINATOR);
    }

    public boolean isCoordinatorOrAdmin() {
        return isCoordinator() || isAdmin();
    }

    public boolean isProvider() {
        return hasRole(Roles.PROVIDER);
    }

    public boolean isMunicipality() {
        return hasRole(Roles.MUNICIPALITY);
    }

    /** True for a caller who acts only for one provider (not also a coordinator or admin). */
    public boolean isProviderOnly() {
        return isProvider() && !isCoordinatorOrAdmin();
    }

    /** The role under which this caller reads a youth's data, for the access log (a coordinator first). */
    public String readingRole() {
        for (String role : new String[] { Roles.COORDINATOR, Roles.ADMIN, Roles.PROVIDER, Roles.MUNICIPALITY }) {
            if (hasRole(role)) {
                return role;
            }
        }
        return Roles.REFERRER;
    }

    /** On whose behalf: the client application the token was issued to ({@code azp}). */
    public String onBehalfOf() {
        return claim("azp");
    }

    public String providerId() {
        return claim("provider_id");
    }

    public String municipalityCode() {
        return claim("municipality_code");
    }

    /** A provider acts only for itself; an admin for any provider. {@code what} ends "may not ...". */
    public void requireActsFor(String providerId, String what) {
        if (isAdmin()) {
            return;
        }
        if (!isProvider() || providerId == null || !providerId.equals(providerId())) {
            throw Problems.forbidden("Provider " + providerId() + " may not " + what + " of provider " + providerId);
        }
    }

    /** A provider reads only its own; coordinators, admins and other roles allowed in may read any. */
    public void requireMayRead(String providerId, String what) {
        if (isProviderOnly() && !providerId.equals(providerId())) {
            throw Problems.forbidden("Provider " + providerId() + " may not read " + what + " of provider " + providerId);
        }
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }
}
