package nl.plekwijzer.demo;

import java.util.List;
import java.util.Map;

/**
 * Names that look like a Dutch region's, in random combinations: no real person. Call names are
 * how a youth is known on another list than the one with their official given name.
 */
final class Names {

    static final List<String> GIRLS = List.of("Emma", "Julia", "Sophie", "Tess", "Mila", "Sara", "Noor", "Fenna",
            "Lotte", "Evi", "Saar", "Anna", "Lieke", "Isa", "Yara", "Fatima", "Aya", "Elif", "Zeynep", "Shanice",
            "Naomi", "Maria", "Johanna", "Catharina", "Wilhelmina");
    static final List<String> BOYS = List.of("Daan", "Sem", "Lucas", "Finn", "Levi", "Bram", "Luuk", "Milan", "Jesse",
            "Thijs", "Ruben", "Mohamed", "Ayoub", "Yusuf", "Emre", "Mehmet", "Dewayne", "Jayden", "Johannes", "Abraham",
            "Cornelis", "Hendrik", "Willem", "Jacobus", "Gerrit");
    /** An official given name and a name the youth is called by, as another list may have it. */
    static final Map<String, String> CALL_NAMES = Map.ofEntries(Map.entry("Johannes", "Hans"),
            Map.entry("Abraham", "Bram"), Map.entry("Cornelis", "Kees"), Map.entry("Hendrik", "Henk"),
            Map.entry("Willem", "Wim"), Map.entry("Jacobus", "Koos"), Map.entry("Gerrit", "Gert"),
            Map.entry("Mohamed", "Mo"), Map.entry("Johanna", "Anneke"), Map.entry("Catharina", "Karin"),
            Map.entry("Wilhelmina", "Mien"), Map.entry("Maria", "Mieke"));
    /** Family names with their prefix (tussenvoegsel), empty when they have none. */
    static final List<String[]> FAMILY_NAMES = List.of(new String[] { "de", "Vries" }, new String[] { "", "Jansen" },
            new String[] { "van", "Dijk" }, new String[] { "", "Bakker" }, new String[] { "", "Visser" },
            new String[] { "", "Smit" }, new String[] { "", "Meijer" }, new String[] { "de", "Boer" },
            new String[] { "", "Mulder" }, new String[] { "de", "Groot" }, new String[] { "", "Bos" },
            new String[] { "", "Vos" }, new String[] { "", "Peters" }, new String[] { "", "Hendriks" },
            new String[] { "van", "Leeuwen" }, new String[] { "", "Dekker" }, new String[] { "", "Brouwer" },
            new String[] { "de", "Wit" }, new String[] { "", "Dijkstra" }, new String[] { "", "Kuipers" },
            new String[] { "ter", "Horst" }, new String[] { "", "Nijhuis" }, new String[] { "", "Oude Elferink" },
            new String[] { "", "Scholten" }, new String[] { "", "Wolters" }, new String[] { "", "Lammerink" },
            new String[] { "", "Kleinsman" }, new String[] { "", "Haverkamp" }, new String[] { "", "El Amrani" },
            new String[] { "", "Bouzid" }, new String[] { "", "Yilmaz" }, new String[] { "", "Kaya" },
            new String[] { "", "Demir" }, new String[] { "", "Sital" }, new String[] { "", "Martina" },
            new String[] { "", "Pinas" }, new String[] { "van den", "Berg" }, new String[] { "", "Jansen-Kaya" });
    static final List<String> PROVIDER_WORDS = List.of("De Horst", "Het Anker", "De Linde", "Zonnehoek", "De Esch",
            "Het Veen", "De Wieken", "Kristal", "De Bolder", "Het Baken", "De Marke", "Twentse Zorg", "Regge",
            "Dinkelborgh", "Bosrand", "De Brink", "Het Erf", "Klimop", "De Vlinder", "Lindenhof");
    static final List<String> PROVIDER_FORMS = List.of("Stichting %s", "Jeugdzorg %s", "Zorggroep %s",
            "Gezinshuizen %s", "%s Jeugd & Gezin");
    static final List<String> UNIT_WORDS = List.of("Eik", "Beuk", "Linde", "Wilg", "Berk", "Es", "Hazelaar",
            "Vlier", "Meidoorn", "Kastanje", "Els", "Populier", "Esdoorn", "Den", "Lariks");

    private Names() {
    }
}
