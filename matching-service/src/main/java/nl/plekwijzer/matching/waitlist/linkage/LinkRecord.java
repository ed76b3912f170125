package nl.plekwijzer.matching.waitlist.linkage;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.events.LinkageKeys.BirthDateKeys;

/**
 * One waiting-list entry as linkage sees it: the BSN pseudonym when the provider knew the BSN, and
 * the {@link LinkageKeys} with the Bloom-filter encodings decoded into 64-bit words. No name and no
 * readable birth date.
 *
 * @param givenNames each given name, the first first; empty for initials only
 * @param otherGivenNameForms other forms of the given names (as written, or official forms)
 * @param familyNames the whole family name, then the parts of a double name; empty when unknown
 */
public record LinkRecord(String pseudonym, long[][] givenNames, long[][] otherGivenNameForms, String initials,
        String firstInitial, long[][] familyNames, BirthDateKeys birthDate, Gender gender, String pc4) {

    public static LinkRecord of(String pseudonym, LinkageKeys keys) {
        return new LinkRecord(pseudonym, words(keys.givenNames()), words(keys.otherGivenNameForms()), keys.initials(),
                keys.firstInitial(), words(keys.familyNames()), keys.birthDate(), keys.gender(), keys.pc4());
    }

    private static long[][] words(List<String> encodings) {
        return encodings == null ? new long[0][] : encodings.stream().map(LinkRecord::words).toArray(long[][]::new);
    }

    /** Decodes a base64 Bloom filter into 64-bit words. */
    public static long[] words(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        long[] words = new long[(bytes.length + 7) / 8];
        for (int i = 0; i < bytes.length; i++) {
            words[i / 8] |= (bytes[i] & 0xffL) << (8 * (i % 8));
        }
        return words;
    }

    /** The first given name's encoding, or null. */
    public long[] firstGivenName() {
        return givenNames.length == 0 ? null : givenNames[0];
    }

    /** The whole family name's encoding, or null. */
    public long[] familyName() {
        return familyNames.length == 0 ? null : familyNames[0];
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

    /** The share of the smaller encoding's bits that the other has too: high when one name begins the other. */
    public static double containment(long[] a, long[] b) {
        int common = 0;
        int bitsA = 0;
        int bitsB = 0;
        for (int i = 0; i < a.length; i++) {
            common += Long.bitCount(a[i] & b[i]);
            bitsA += Long.bitCount(a[i]);
            bitsB += Long.bitCount(b[i]);
        }
        int smaller = Math.min(bitsA, bitsB);
        return smaller == 0 ? 0 : (double) common / smaller;
    }

    /** A short key of an encoding, for blocks and term frequencies; equal encodings, equal keys. */
    public static String key(long[] encoding) {
        return encoding == null ? null : Long.toHexString(Arrays.hashCode(encoding)) + ":" + Long.toHexString(
                Arrays.stream(encoding).reduce(17, (h, w) -> h * 1_000_003 ^ w));
    }

    /** Same keys, so the same comparisons with every other record. */
    public boolean sameAs(LinkRecord other) {
        return Objects.equals(pseudonym, other.pseudonym) && Arrays.deepEquals(givenNames, other.givenNames)
                && Arrays.deepEquals(otherGivenNameForms, other.otherGivenNameForms)
                && Objects.equals(initials, other.initials) && Objects.equals(firstInitial, other.firstInitial)
                && Arrays.deepEquals(familyNames, other.familyNames) && birthDate.equals(other.birthDate)
                && gender == other.gender && Objects.equals(pc4, other.pc4);
    }
}
