package nl.plekwijzer.foundation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

/**
 * Verifies a bearer token once rather than on every request. Checking a token's signature and
 * turning its claims into an identity took 45% of availability-service's CPU per status report
 * (issue 18's profile), while a provider system sends the same token for minutes.
 * <p>
 * {@link Lookup} answers before the OIDC verification: an identity that an earlier request's token
 * proved, or nothing, and then OIDC verifies as always. {@link Keep} sees every identity OIDC
 * proved, before any other augmentor, and keeps it (without the request it was made for) until the
 * token's {@code exp}, for at most a minute after it was verified. Only bearer access tokens are
 * kept, not ones bound to a certificate or key: the identity depends on nothing else.
 */
@Singleton
public class VerifiedTokenCache {

    private static final int MAX_TOKENS = 1_000;
    private static final Duration MAX_TRUST = Duration.ofMinutes(1);
    /** Marks an identity given out from here, so that it is not kept again (which would renew its minute). */
    private static final String REUSED = VerifiedTokenCache.class.getName() + ".reused";
    /** Attributes OIDC gives an identity that belong to the request it was made for. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String BLOCKING_API = AuthenticationRequestContext.class.getName();

    private final VerifiedTokens<SecurityIdentity> tokens = new VerifiedTokens<>(MAX_TOKENS, MAX_TRUST, Clock.systemUTC());
    private final LongAdder reused = new LongAdder();

    /** Whether {@code token} is kept as verified and still valid. */
    public boolean holds(String token) {
        return tokens.find(token) != null;
    }

    /** How many requests were authenticated by a token verified before. */
    public long reused() {
        return reused.sum();
    }

    @ApplicationScoped
    public static class Lookup implements IdentityProvider<TokenAuthenticationRequest> {

        private final VerifiedTokenCache cache;

        public Lookup(VerifiedTokenCache cache) {
            this.cache = cache;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        /** Before OIDC's own provider (priority 1001 in Quarkus 3.34); VerifiedTokenCacheIT fails if OIDC's comes first. */
        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            if (!(request.getToken() instanceof AccessTokenCredential)) {
                return Uni.createFrom().nullItem();
            }
            SecurityIdentity verified = cache.tokens.find(request.getToken().getToken());
            if (verified == null) {
                return Uni.createFrom().nullItem();
            }
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            if (routing == null) {
                return Uni.createFrom().nullItem();
            }
            cache.reused.increment();
            // What OIDC ties to a request is this request's.
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(verified).addAttribute(REUSED, true);
            OidcUtils.setRoutingContextAttribute(builder, routing);
            OidcUtils.setBlockingApiAttribute(builder, routing);
            return Uni.createFrom().item(builder.build());
        }
    }

    @ApplicationScoped
    public static class Keep implements SecurityIdentityAugmentor {

        private final VerifiedTokenCache cache;

        public Keep(VerifiedTokenCache cache) {
            this.cache = cache;
        }

        /** First, so that what is kept is what OIDC proved; the other augmentors run on each request. */
        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            AccessTokenCredential credential = identity.isAnonymous() || identity.getAttribute(REUSED) != null ? null
                    : identity.getCredential(AccessTokenCredential.class);
            // Only where the access token is the identity itself (bearer), not where it came with a login,
            // and not a token bound to a certificate or key (cnf), whose binding OIDC checks per request.
            if (credential != null && identity.getPrincipal() instanceof JsonWebToken jwt
                    && credential.getToken().equals(jwt.getRawToken()) && jwt.getExpirationTime() > 0
                    && !jwt.containsClaim("cnf")) {
                SecurityIdentity withoutRequest = QuarkusSecurityIdentity.builder(identity)
                        .addAttribute(ROUTING_CONTEXT, null).addAttribute(BLOCKING_API, null).build();
                cache.tokens.remember(credential.getToken(), withoutRequest, Instant.ofEpochSecond(jwt.getExpirationTime()));
            }
            return Uni.createFrom().item(identity);
        }
    }
}
