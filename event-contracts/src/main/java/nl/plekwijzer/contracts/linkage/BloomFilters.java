package nl.plekwijzer.contracts.linkage;

import java.util.Base64;

/**
 * The Bloom-filter name encodings of {@code LinkageKeys} (privacy-preserving record linkage, as
 * Schnell, Bachteler and Reiher describe it): a name's character bigrams hashed with keyed hashes
 * into {@link #BITS} bits, base64-encoded. Intake makes them with the secret key; matching compares
 * them with the Dice coefficient and never learns the name.
 */
public final class BloomFilters {

    /** Length of every encoding in bits (bytes = BITS / 8). */
    public static final int BITS = 1024;
    /** Hash functions per bigram. */
    public static final int HASHES = 15;

    private BloomFilters() {
    }

    /** Dice coefficient 2|A∩B| / (|A|+|B|) of two encodings: 1 for the same bits, 0 for none shared. */
    public static double dice(String base64a, String base64b) {
        return dice(Base64.getDecoder().decode(base64a), Base64.getDecoder().decode(base64b));
    }

    public static double dice(byte[] a, byte[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("Encodings of different length: " + a.length + " and " + b.length);
        }
        int common = 0;
        int total = 0;
        for (int i = 0; i < a.length; i++) {
            common += Integer.bitCount((a[i] & b[i]) & 0xff);
            total += Integer.bitCount(a[i] & 0xff) + Integer.bitCount(b[i] & 0xff);
        }
        return total == 0 ? 0.0 : 2.0 * common / total;
    }
}
