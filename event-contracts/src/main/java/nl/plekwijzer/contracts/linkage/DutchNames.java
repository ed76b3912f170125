package nl.plekwijzer.contracts.linkage;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** Titles and honorifics written in the given-name field ("dhr. Jan", "mevr. A. de Vries"). */
    private static final Set<String> TITLES = Set.of("dhr", "hr", "mevr", "mevrouw", "meneer", "mw", "mej", "mr", "dr",
            "drs", "ir", "ing", "prof", "jhr", "jkvr", "ds");

    /**
     * The name a child is called by, to the official name it comes from: a child is on one list as
     * "Johannes" and on another as "Hans". Only forms that belong to one official name and are
     * seldom given as official names themselves: Jan, Bram, Max, Lisa, Peter, Willem and the like
     * are names of their own for children born since 2000, and mapping them would make a typo in
     * them disagree where it now agrees partly.
     */
    private static final Map<String, String> OFFICIAL_OF_CALLED = officialOfCalled(Map.ofEntries(
            Map.entry("johannes", "hans joop hannes"), Map.entry("cornelis", "kees cees cor"),
            Map.entry("hendrik", "henk hein"), Map.entry("jacobus", "koos jaap"), Map.entry("petrus", "piet"),
            Map.entry("wilhelmus", "wim pim"), Map.entry("theodorus", "theo dorus"), Map.entry("adrianus", "arie adri ad"),
            Map.entry("antonius", "toon ton"), Map.entry("franciscus", "frans"), Map.entry("gerardus", "gert"),
            Map.entry("lambertus", "bert"), Map.entry("catharina", "toos rina"), Map.entry("johanna", "joke"),
            Map.entry("elisabeth", "bep lies"), Map.entry("maria", "mies"),
            Map.entry("wilhelmina", "mina mien"), Map.entry("geertruida", "truus trudy"),
            Map.entry("mohamed", "mo"), Map.entry("youssef", "joesoef yousef yussuf"),
            Map.entry("fatima", "fatma"), Map.entry("ibrahim", "ibo brahim"), Map.entry("mustafa", "mustapha moestafa"),
            Map.entry("abdelkader", "kader"), Map.entry("ayoub", "ayyub eyup")));

    private DutchNames() {
    }

    /**
     * The first given name, letters only ("Jan-Willem Pieter" is "janwillem"), without a title
     * before it, and as the official name when it is a known call name ("Hans" is "johannes").
     */
    public static String givenName(String givenName) {
        String name = Arrays.stream(plain(givenName).split(" ")).filter(word -> !TITLES.contains(word)).findFirst()
                .orElse("").replace("-", "");
        return OFFICIAL_OF_CALLED.getOrDefault(name, name);
    }

    private static Map<String, String> officialOfCalled(Map<String, String> calledByOfficial) {
        Map<String, String> official = new java.util.HashMap<>();
        calledByOfficial.forEach((name, called) -> Arrays.stream(called.split(" ")).forEach(c -> {
            if (official.put(c, name) != null) {
                throw new IllegalStateException("A call name of two official names: " + c);
            }
        }));
        return Map.copyOf(official);
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
