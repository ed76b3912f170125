package nl.plekwijzer.matching.waitlist.linkage;

import java.time.LocalDate;
import java.util.Base64;

import nl.plekwijzer.contracts.Gender;

/**
 * One waiting-list entry as linkage sees it: the BSN pseudonym when the provider knew the BSN, the
 * Bloom-filter encodings of the names (as 64-bit words), birth date, gender and PC4. No name.
 */
public record LinkRecord(String pseudonym, long[] givenName, long[] familyName, LocalDate birthDate,
        Gender gender, String pc4) {

    /** Decodes a base64 Bloom filter of {@code LinkageKeys} into 64-bit words. */
    public static long[] words(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        long[] words = new long[(bytes.length + 7) / 8];
        for (int i = 0; i < bytes.length; i++) {
            words[i / 8] |= (bytes[i] & 0xffL) << (8 * (i % 8));
        }
        return words;
    }

    /** Dice coefficient of two encodings: 2|A∩B| / (|A|+|B|). */
    public static double dice(long[] a, long[] b) {
        int common = 0;
        int total = 0;
        for (int i = 0; i < a.length; i++) {
            common += Long.bitCount(a[i] & b[i]);
            total += Long.bitCount(a[i]) + Long.bitCount(b[i]);
        }
        return total == 0 ? 0 : 2.0 * common / total;
    }
}
