package nl.plekwijzer.contracts.linkage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;


/**
 * Encodes with the secret linkage key. A normalised name part becomes a Bloom filter: the bigrams
 * of " name " each set {@link BloomFilters#HASHES} of {@link BloomFilters#BITS} bits, chosen by
 * double hashing with a keyed HMAC-SHA-256 of the field and the bigram; a short value becomes a
 * {@link #token}. Without the key neither can be tried against a dictionary of names or dates.
 */
public final class NameEncoder {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public NameEncoder(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("The linkage key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** @param field which name part ("given", "family"), so that the two encodings are independent */
    public String encode(String field, String normalisedName) {
        byte[] bits = new byte[BloomFilters.BITS / 8];
        if (!normalisedName.isEmpty()) {
            String padded = " " + normalisedName + " ";
            Mac mac = mac();
            for (int i = 0; i + 2 <= padded.length(); i++) {
                ByteBuffer hash = ByteBuffer.wrap(mac.doFinal(
                        (field + "|" + padded.substring(i, i + 2)).getBytes(StandardCharsets.UTF_8)));
                long h1 = hash.getLong();
                long h2 = hash.getLong() | 1; // odd, so the probes do not repeat early
                for (int k = 0; k < BloomFilters.HASHES; k++) {
                    int bit = (int) Long.remainderUnsigned(h1 + k * h2, BloomFilters.BITS);
                    bits[bit / 8] |= (byte) (1 << (bit % 8));
                }
            }
        }
        return Base64.getEncoder().encodeToString(bits);
    }

    /**
     * A keyed token of a short value (a birth-date part, initials): equal values give equal tokens,
     * and without the key nobody can tell which value a token stands for. 96 bits, base64.
     *
     * @param field which value ("date", "year", ...), so that equal values of two fields differ
     */
    public String token(String field, String value) {
        byte[] hash = mac().doFinal(("token|" + field + "|" + value).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 12));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
