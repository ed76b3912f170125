package nl.plekwijzer.foundation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens that were verified, with what they proved, kept until the token expires but for no
 * longer than {@code maxTrust} after it was verified (so that a token is checked against the
 * realm's keys again at least that often). Bounded: when full, expired entries are dropped, and if none had expired a newly
 * verified token is simply not kept. Plain Java; {@link VerifiedTokenCache} puts it in front of
 * the OIDC verification.
 */
public final class VerifiedTokens<V> {

    private record Entry<V>(V verified, Instant validUntil) {
    }

    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Duration maxTrust;
    private final Clock clock;

    public VerifiedTokens(int maxEntries, Duration maxTrust, Clock clock) {
        this.maxEntries = maxEntries;
        this.maxTrust = maxTrust;
        this.clock = clock;
    }

    /** What {@code token} proved when it was verified, or null if it is not kept or no longer valid. */
    public V find(String token) {
        Entry<V> entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.validUntil())) {
            entries.remove(token, entry);
            return null;
        }
        return entry.verified();
    }

    /** Keeps a token that was just verified; one kept before stays as it was. */
    public void remember(String token, V verified, Instant expiresAt) {
        Instant now = clock.instant();
        Instant validUntil = expiresAt.isBefore(now.plus(maxTrust)) ? expiresAt : now.plus(maxTrust);
        if (!now.isBefore(validUntil)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> !now.isBefore(entry.validUntil()));
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        entries.putIfAbsent(token, new Entry<>(verified, validUntil));
    }

    public int size() {
        return entries.size();
    }
}
