package nl.plekwijzer.contracts.linkage;

import java.text.Normalizer;
import java.util.ArrayList;
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
     * Call names and spellings, by the official name they come from: a child is on one list as
     * "Johannes" and on another as "Hans" or "Jan"; "Mohamed" is also written "Muhammad". Dutch,
     * Moroccan, Turkish, Surinamese and Antillean forms. A form of more than one official name
     * ("Jo", "Bert") keeps itself and gets all of them as other forms.
     */
    private static final Map<String, List<String>> OFFICIAL_OF_FORM = officialOfForm(Map.ofEntries(
            Map.entry("johannes", "hans jan johan joop hannes jo"), Map.entry("cornelis", "kees cees cor"),
            Map.entry("abraham", "bram"), Map.entry("hendrik", "henk hein rik henny"),
            Map.entry("jacobus", "koos jaap jaco sjaak"), Map.entry("petrus", "piet pieter peter peer"),
            Map.entry("wilhelmus", "willem wim pim"), Map.entry("theodorus", "theo dorus"),
            Map.entry("adrianus", "arie adri ad adriaan"), Map.entry("antonius", "toon ton anton teun"),
            Map.entry("franciscus", "frans frank"), Map.entry("gerardus", "gerard gert gerrit geert"),
            Map.entry("lambertus", "bert lambert"), Map.entry("albertus", "albert bert"),
            Map.entry("hubertus", "huub bert"), Map.entry("josephus", "jos joep sjef"),
            Map.entry("nicolaas", "klaas niek nico"), Map.entry("alexander", "sander lex alex"),
            Map.entry("maximiliaan", "max"), Map.entry("sebastiaan", "bas"), Map.entry("matthijs", "thijs"),
            Map.entry("bartholomeus", "bart"), Map.entry("rudolphus", "ruud"),
            Map.entry("catharina", "toos rina karin katrien"), Map.entry("johanna", "joke jo hanna hanneke"),
            Map.entry("elisabeth", "bep lies lisa elise liesbeth els"),
            Map.entry("maria", "mies marieke mia ria mieke maaike"),
            Map.entry("wilhelmina", "mina mien willemijn wilma"), Map.entry("geertruida", "truus trudy geertje"),
            Map.entry("margaretha", "greet margriet marga"), Map.entry("cornelia", "corrie neeltje"),
            Map.entry("petronella", "nel nelleke"), Map.entry("helena", "lena heleen"),
            Map.entry("susanna", "suus sanne"),
            Map.entry("mohamed", "mo mohammed muhammad mohammad mohamad"),
            Map.entry("youssef", "yusuf joesoef yousef yussuf youssouf"), Map.entry("fatima", "fatma fadma"),
            Map.entry("ibrahim", "ibo brahim"), Map.entry("mustafa", "mustapha moestafa musti"),
            Map.entry("abdelkader", "kader"), Map.entry("abderrahim", "rahim"), Map.entry("abdelaziz", "aziz"),
            Map.entry("ayoub", "ayyub eyup ayub"), Map.entry("ahmed", "ahmet ahmad achmed"),
            Map.entry("huseyin", "hussein husein"), Map.entry("hatice", "hatca"), Map.entry("mehmet", "memo"),
            Map.entry("khadija", "kadija hadice"), Map.entry("yasmina", "yasmine jasmina"),
            Map.entry("shantie", "shanti"), Map.entry("roshnie", "roshni rosh"), Map.entry("radjesh", "rajesh"),
            Map.entry("sharon", "sharonne"), Map.entry("jurgen", "jurgin")));

    private DutchNames() {
    }

    /**
     * The given names of a field as linkage compares them. {@code names}: each name, letters only
     * ("Jan-Willem" is "janwillem"), a call name or spelling as its official name ("Hans" is
     * "johannes"); {@code otherForms}: the names as written where they were mapped, and every
     * official name of a form of several; {@code initials}: the first letters of the names as mapped
     * ("jc" for "Johannes Cornelis", "J.C." and "Hans Cornelis"; a form of several official names
     * keeps its own letter: "j" for "Jo", "b" for "Bert"). A field of initials only has no names.
     * Titles and honorifics are no names.
     */
    public record GivenNames(List<String> names, List<String> otherForms, String initials) {
    }

    public static GivenNames givenNames(String field) {
        List<String> words = Arrays.stream(plain(field).split(" "))
                .filter(word -> !word.isEmpty() && !TITLES.contains(word)).toList();
        List<String> names = new ArrayList<>();
        List<String> otherForms = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        boolean onlyInitials = words.stream().allMatch(word -> word.replace("-", "").length() == 1);
        for (String word : words) {
            if (onlyInitials) {
                initials.append(word.replace("-", ""));
                continue;
            }
            String name = word.replace("-", "");
            List<String> officials = OFFICIAL_OF_FORM.getOrDefault(name, List.of());
            if (officials.size() == 1) {
                names.add(officials.get(0));
                otherForms.add(name);
            } else {
                names.add(name);
                otherForms.addAll(officials);
            }
            initials.append(names.get(names.size() - 1).charAt(0));
        }
        return new GivenNames(List.copyOf(names), List.copyOf(otherForms), initials.toString());
    }

    private static Map<String, List<String>> officialOfForm(Map<String, String> formsByOfficial) {
        Map<String, List<String>> officials = new java.util.TreeMap<>();
        new java.util.TreeMap<>(formsByOfficial).forEach((official, forms) -> Arrays.stream(forms.split(" "))
                .forEach(form -> officials.computeIfAbsent(form, f -> new ArrayList<>()).add(official)));
        officials.replaceAll((form, names) -> List.copyOf(names));
        return Map.copyOf(officials);
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
