package nl.plekwijzer.contracts.linkage;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Normalises Dutch names before they are encoded, so that spellings of one name meet: case and
 * diacritics go, family-name prefixes ({@code van der}, {@code de}, {@code el}, ...) are dropped
 * wherever they stand ("van den Berg", "Berg, van den", "v.d. Berg" are all "berg"), and the parts
 * of a hyphenated double family name are sorted ("Jansen-de Vries" and "de Vries-Jansen" agree).
 */
public final class DutchNames {

    /** Longest first, so that "van der" is removed before "van". */
    private static final List<String> PREFIXES = List.of("van der", "van den", "van de", "van het", "van t",
            "in het", "in t", "op de", "op den", "op t", "uit de", "uit den", "de la", "van", "von", "den", "der",
            "de", "het", "t", "ten", "ter", "te", "el", "al", "la", "le", "d", "l");

    private DutchNames() {
    }

    /** The first given name, letters only ("Jan-Willem Pieter" is "janwillem"). */
    public static String givenName(String givenName) {
        String plain = plain(givenName);
        if (plain.isEmpty()) {
            return "";
        }
        return plain.split(" ")[0].replace("-", "");
    }

    /** The family name without prefixes, its hyphenated parts sorted and joined by a space. */
    public static String familyName(String prefix, String familyName) {
        String name = familyName == null ? "" : familyName;
        int comma = name.indexOf(',');
        if (comma >= 0) { // "Berg, van den"
            name = name.substring(comma + 1) + " " + name.substring(0, comma);
        }
        String combined = plain((prefix == null ? "" : prefix) + " " + name)
                .replaceAll("\\bv\\s?d\\b", "van der")
                .replaceAll("\\b(el|al|d|l)-", "$1 "); // "el-Amrani" is "el Amrani", not a double name
        return Arrays.stream(combined.split("-"))
                .map(DutchNames::withoutPrefixes)
                .filter(part -> !part.isEmpty() && !PREFIXES.contains(part))
                .sorted()
                .collect(Collectors.joining(" "));
    }

    private static String withoutPrefixes(String part) {
        String rest = " " + part.strip() + " ";
        boolean removed = true;
        while (removed) {
            removed = false;
            for (String prefix : PREFIXES) {
                String spaced = " " + prefix + " ";
                int at = rest.indexOf(spaced);
                // a prefix is a word of its own; the last word is the name itself
                if (at >= 0 && rest.strip().contains(" ")) {
                    rest = rest.substring(0, at) + " " + rest.substring(at + spaced.length());
                    removed = true;
                    break;
                }
            }
        }
        return rest.replace(" ", "");
    }

    /** Lower case, no diacritics, letters, spaces and hyphens only, single spaces. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('ı', 'i')
                .replace("ß", "ss")
                .replace('ø', 'o')
                .replace("æ", "ae");
        return decomposed.replaceAll("[.'’/]", " ")
                .replaceAll("[^a-z\\- ]", "")
                .replaceAll("\\s*-\\s*", "-")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
