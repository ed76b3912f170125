package nl.plekwijzer.availability.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import nl.plekwijzer.availability.problem.Problems;

/** Who is calling: their roles, and for a provider the {@code provider_id} their token carries. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isCoordinator() {
        return identity.hasRole(Roles.COORDINATOR);
    }

    /** True for a caller who acts only for one provider (not also a coordinator or admin). */
    public boolean isProviderOnly() {
        return identity.hasRole(Roles.PROVIDER) && !isAdmin() && !isCoordinator();
    }

    public String providerId() {
        Object claim = token.getClaim("provider_id");
        return claim == null ? null : claim.toString();
    }

    /** A provider may change only its own units; an admin any. */
    public void requireMayWriteFor(String providerId) {
        if (isAdmin()) {
            return;
        }
        if (!identity.hasRole(Roles.PROVIDER) || providerId == null || !providerId.equals(providerId())) {
            throw Problems.forbidden("Provider " + providerId() + " may not change units of provider " + providerId);
        }
    }

    /** A provider may read only its own units; coordinators and admins any. */
    public void requireMayReadOwnDetail(String providerId) {
        if (isProviderOnly() && !providerId.equals(providerId())) {
            throw Problems.forbidden("Provider " + providerId() + " may not read units of provider " + providerId);
        }
    }
}
