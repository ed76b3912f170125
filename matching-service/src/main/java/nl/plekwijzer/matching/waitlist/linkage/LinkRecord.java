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
public record LinkRecord(String pseudonym, Encoding[] givenNames, Encoding[] otherGivenNameForms, String initials,
        String firstInitial, Encoding[] familyNames, BirthDateKeys birthDate, Gender gender, String pc4) {

    /**
     * A Bloom-filter encoding as 64-bit words, with its number of set bits and a short key (equal
     * encodings, equal keys; for blocks and term frequencies), both counted once.
     */
    public record Encoding(long[] words, int bits, String key) {

        static Encoding of(String base64) {
            long[] words = LinkRecord.words(base64);
            int bits = 0;
            for (long word : words) {
                bits += Long.bitCount(word);
            }
            return new Encoding(words, bits, Long.toHexString(Arrays.hashCode(words)) + ":"
                    + Long.toHexString(Arrays.stream(words).reduce(17, (h, w) -> h * 1_000_003 ^ w)));
        }
    }

    public static LinkRecord of(String pseudonym, LinkageKeys keys) {
        return new LinkRecord(pseudonym, encodings(keys.givenNames()), encodings(keys.otherGivenNameForms()),
                keys.initials(), keys.firstInitial(), encodings(keys.familyNames()), keys.birthDate(), keys.gender(),
                keys.pc4());
    }

    private static Encoding[] encodings(List<String> base64) {
        return base64 == null ? new Encoding[0] : base64.stream().map(Encoding::of).toArray(Encoding[]::new);
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
    public Encoding firstGivenName() {
        return givenNames.length == 0 ? null : givenNames[0];
    }

    /** The whole family name's encoding, or null. */
    public Encoding familyName() {
        return familyNames.length == 0 ? null : familyNames[0];
    }

    /** Whether two encodings are the same (the same normalised name under the same key). */
    public static boolean same(Encoding a, Encoding b) {
        return a.bits() == b.bits() && Arrays.equals(a.words(), b.words());
    }

    /** Dice coefficient of two encodings: 2|A∩B| / (|A|+|B|). */
    public static double dice(Encoding a, Encoding b) {
        int total = a.bits() + b.bits();
        return total == 0 ? 0 : 2.0 * common(a, b) / total;
    }

    /** The share of the smaller encoding's bits that the other has too: high when one name begins the other. */
    public static double containment(Encoding a, Encoding b) {
        int smaller = Math.min(a.bits(), b.bits());
        return smaller == 0 ? 0 : (double) common(a, b) / smaller;
    }

    private static int common(Encoding a, Encoding b) {
        long[] x = a.words();
        long[] y = b.words();
        int common = 0;
        for (int i = 0; i < x.length; i++) {
            common += Long.bitCount(x[i] & y[i]);
        }
        return common;
    }

    /** Same keys, so the same comparisons with every other record. */
    public boolean sameAs(LinkRecord other) {
        return Objects.equals(pseudonym, other.pseudonym) && sameEncodings(givenNames, other.givenNames)
                && sameEncodings(otherGivenNameForms, other.otherGivenNameForms)
                && Objects.equals(initials, other.initials) && Objects.equals(firstInitial, other.firstInitial)
                && sameEncodings(familyNames, other.familyNames) && birthDate.equals(other.birthDate)
                && gender == other.gender && Objects.equals(pc4, other.pc4);
    }

    private static boolean sameEncodings(Encoding[] a, Encoding[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Arrays.equals(a[i].words(), b[i].words())) {
                return false;
            }
        }
        return true;
    }
}
