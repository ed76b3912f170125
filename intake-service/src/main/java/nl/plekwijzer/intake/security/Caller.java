package nl.plekwijzer.intake.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import nl.plekwijzer.intake.problem.Problems;
import nl.plekwijzer.intake.request.PlacementRequest;

/** Who is calling: subject, roles, the client they act through, and a provider's {@code provider_id}. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        return identity.getPrincipal().getName();
    }

    /** The opaque, stable id of the caller ({@code sub}); user names can change. */
    public String id() {
        return token.getSubject();
    }

    public boolean isCoordinator() {
        return identity.hasRole(Roles.COORDINATOR);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The role under which a youth's data is read, for the access log. */
    public String readingRole() {
        return isCoordinator() ? Roles.COORDINATOR : Roles.REFERRER;
    }

    /** On whose behalf: the client application the token was issued to ({@code azp}). */
    public String onBehalfOf() {
        Object client = token.getClaim("azp");
        return client == null ? null : client.toString();
    }

    public String providerId() {
        Object claim = token.getClaim("provider_id");
        return claim == null ? null : claim.toString();
    }

    /** Only the referrer who submitted a request and coordinators may read or change it. */
    public void requireMayAccess(PlacementRequest request) {
        if (!isCoordinator() && !java.util.Objects.equals(request.referrerId, id())) {
            throw Problems.forbidden("Only the referrer of this request and coordinators may access it");
        }
    }

    /** A provider hands over only its own waiting list; an admin may do it for any provider. */
    public void requireMayWriteWaitlistOf(String providerId) {
        if (isAdmin()) {
            return;
        }
        if (!identity.hasRole(Roles.PROVIDER) || !providerId.equals(providerId())) {
            throw Problems.forbidden("Provider " + providerId() + " may not hand over the waiting list of provider "
                    + providerId);
        }
    }
}
