package nl.plekwijzer.matching.waitlist.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.events.LinkageKeys;

/**
 * Realistic synthetic Dutch waiting lists with known truth: youths with Dutch, Moroccan, Turkish,
 * Surinamese and Frisian names, prefixes and double family names, each on one to four providers'
 * lists, written down differently: typos, swapped letters, the prefix after the name, day and month
 * swapped, a digit wrong, a move to another postcode area, and a share without BSN. Some youths
 * have a twin: same family name, birth date and address, another given name.
 */
public final class SyntheticWaitlists {

    /**
     * One entry (member key: provider and entry number) and the youth it truly belongs to: the keys
     * intake would publish for it, and the record linkage makes of them.
     */
    public record Entry(int youth, String member, LinkageKeys keys, LinkRecord record) {
    }

    private record Written(String pseudonym, LinkageKeys keys) {
    }

    private static final String[] GIVEN = { "Daan", "Sem", "Lucas", "Levi", "Finn", "Noah", "Milan", "Bram", "Jesse",
            "Thijs", "Emma", "Julia", "Sophie", "Tess", "Zoë", "Fenna", "Saar", "Anna", "Lotte", "Evi", "Mohammed",
            "Yassin", "Ayoub", "Adam", "Bilal", "Imane", "Nour", "Yasmina", "Salma", "Aya", "Emir", "Yusuf", "Mehmet",
            "Kerem", "Elif", "Zeynep", "Ecrin", "Ayşe", "Büşra", "Emre", "Jayden", "Dwayne", "Shanice", "Priya",
            "Rishi", "Anjali", "Kevin", "Romano", "Chantal", "Naomi", "Sjoerd", "Wytze", "Jelle", "Tjitske", "Hylkje",
            "Sytske", "Douwe", "Fokje", "Baukje", "Jouke", "Mila", "Liam", "Luuk", "Sara", "Lieke", "Ravi", "Ilias" };
    private static final String[][] FAMILY = { { "de", "Jong" }, { "van", "Dijk" }, { "de", "Vries" },
            { "van den", "Berg" }, { "van der", "Meer" }, { null, "Bakker" }, { null, "Janssen" }, { null, "Visser" },
            { null, "Smit" }, { "de", "Boer" }, { null, "Mulder" }, { "van der", "Linden" }, { null, "Meijer" },
            { null, "El Amrani" }, { null, "Bouzid" }, { null, "Benali" }, { null, "El Idrissi" }, { null, "Ouali" },
            { null, "Yılmaz" }, { null, "Kaya" }, { null, "Demir" }, { null, "Şahin" }, { null, "Çelik" },
            { null, "Öztürk" }, { null, "Ramdin" }, { null, "Sewnandan" }, { null, "Kromodikromo" }, { null, "Pinas" },
            { null, "Balgobind" }, { null, "Dijkstra" }, { null, "Hoekstra" }, { null, "Postma" },
            { null, "Zijlstra" }, { null, "Wijnstra" }, { "van", "Leeuwen" }, { null, "Jansen-de Vries" },
            { null, "Bakker-Yılmaz" }, { "'t", "Hart" }, { null, "Brouwer" }, { "van", "Vliet" } };

    /**
     * Official given names with the names a child is called by (first the usual one), for the
     * extended set: Dutch, Moroccan, Turkish, Surinamese and Antillean forms. A name with itself only
     * is called by its official form.
     */
    private static final String[][] OFFICIAL_AND_CALLED = { { "Johannes", "Hans", "Jan", "Johan" },
            { "Cornelis", "Kees", "Cor" }, { "Abraham", "Bram" }, { "Hendrik", "Henk", "Rik" },
            { "Jacobus", "Koos", "Jaap" }, { "Petrus", "Piet", "Peter" }, { "Wilhelmus", "Willem", "Wim" },
            { "Theodorus", "Theo", "Ruud" }, { "Adrianus", "Arie", "Ad" }, { "Antonius", "Anton", "Toon" },
            { "Franciscus", "Frank", "Frans" }, { "Gerardus", "Gerard", "Gert" }, { "Lambertus", "Bert" },
            { "Catharina", "Karin", "Toos", "Rina" }, { "Johanna", "Anne", "Hanna", "Jo" },
            { "Elisabeth", "Lisa", "Elise", "Bep" }, { "Maria", "Marieke", "Mies" }, { "Wilhelmina", "Mina", "Willemijn" },
            { "Geertruida", "Truus", "Geertje" }, { "Alexander", "Sander", "Lex" }, { "Maximiliaan", "Max" },
            { "Mohamed", "Mo", "Mohammed" }, { "Abdelkader", "Kader" }, { "Youssef", "Yusuf", "Joesoef" },
            { "Fatima", "Fatma" }, { "Abderrahim", "Rahim" }, { "Mustafa", "Musti" }, { "Hatice", "Hatça" },
            { "Mehmet", "Memo" }, { "Ibrahim", "Ibo" }, { "Rajendrakumar", "Raj" }, { "Shantie", "Shanti" },
            { "Jurgen", "Jurgen" }, { "Roshnie", "Rosh" }, { "Emma" }, { "Daan" }, { "Noah" }, { "Sophie" },
            { "Yasmina" }, { "Zeynep" }, { "Priya" }, { "Milan" }, { "Fenna" }, { "Levi" }, { "Anna" }, { "Sem" } };
    private static final String[] TITLES = { "dhr.", "mevr.", "mw.", "jhr.", "drs." };

    private final Random random;

    public SyntheticWaitlists(long seed) {
        this.random = new Random(seed);
    }

    private record Youth(String bsn, String given, String prefix, String family, LocalDate birthDate, Gender gender,
            int pc4) {
    }

    /** A youth of the extended set: official given names, the name they are called by, and the rest. */
    private record Person(String bsn, List<String> official, String called, String prefix, String family,
            LocalDate birthDate, Gender gender, int pc4) {
    }

    /**
     * The extended set: the errors of {@link #generate} and those of real registrations, each entry
     * independently. Given name: the name the child is called by, all official names, the first
     * official name, or the initials ("J.C."), sometimes with a typo or a title ("dhr.", "mevr.")
     * in the field. Family name: the prefix written in, after the name, or left out; of a double
     * name one part only; a typo; missing or cut off. Birth date: 1 January of the year when only
     * the year was known, day and month swapped, a digit wrong. Postcode: a move, or a digit wrong.
     */
    public List<Entry> generateExtended(int youths, int providers, double missingBsn) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < youths; i++) {
            List<String> official = new ArrayList<>();
            official.add(OFFICIAL_AND_CALLED[random.nextInt(OFFICIAL_AND_CALLED.length)][0]);
            while (official.size() < 3 && random.nextInt(3) == 0) {
                String next = OFFICIAL_AND_CALLED[random.nextInt(OFFICIAL_AND_CALLED.length)][0];
                if (!official.contains(next)) {
                    official.add(next);
                }
            }
            String[] forms = formsOf(official.get(0));
            String called = forms.length > 1 && random.nextInt(4) > 0 ? forms[1 + random.nextInt(forms.length - 1)] : forms[0];
            String[] family = random.nextInt(8) == 0
                    ? new String[] { null, FAMILY[random.nextInt(FAMILY.length)][1] + "-" + FAMILY[random.nextInt(FAMILY.length)][1] }
                    : FAMILY[random.nextInt(FAMILY.length)];
            LocalDate birthDate = LocalDate.of(2003, 1, 1).plusDays(random.nextInt(365 * 20));
            Person person = new Person("bsn-" + i, official, called, family[0], family[1], birthDate,
                    random.nextBoolean() ? Gender.F : Gender.M, 1000 + random.nextInt(9000));
            people.add(person);
            if (random.nextInt(50) == 0 && people.size() < youths) {
                String twin = OFFICIAL_AND_CALLED[random.nextInt(OFFICIAL_AND_CALLED.length)][0];
                while (official.contains(twin)) {
                    twin = OFFICIAL_AND_CALLED[random.nextInt(OFFICIAL_AND_CALLED.length)][0];
                }
                String[] twinForms = formsOf(twin);
                people.add(new Person("bsn-twin-" + i, List.of(twin), twinForms[twinForms.length > 1 ? 1 : 0],
                        person.prefix(), person.family(), birthDate,
                        random.nextBoolean() ? person.gender() : other(person.gender()), person.pc4()));
                i++;
            }
        }
        return onLists(people, providers, person -> writtenDown(person, missingBsn));
    }

    /** Each youth on one to four providers' lists, written down anew on each. */
    private <P> List<Entry> onLists(List<P> people, int providers, java.util.function.Function<P, Written> writtenDown) {
        List<Entry> entries = new ArrayList<>();
        for (int y = 0; y < people.size(); y++) {
            int lists = 1 + random.nextInt(4);
            for (int l = 0; l < lists; l++) {
                String providerId = String.valueOf(98000000 + random.nextInt(providers));
                Written written = writtenDown.apply(people.get(y));
                entries.add(new Entry(y, providerId + "/" + entries.size(), written.keys(),
                        LinkRecord.of(written.pseudonym(), written.keys())));
            }
        }
        return entries;
    }

    private static String[] formsOf(String official) {
        for (String[] forms : OFFICIAL_AND_CALLED) {
            if (forms[0].equals(official)) {
                return forms;
            }
        }
        throw new IllegalArgumentException(official);
    }

    private Written writtenDown(Person person, double missingBsn) {
        int givenForm = random.nextInt(100);
        String given = givenForm < 40 ? person.called()
                : givenForm < 65 ? String.join(" ", person.official())
                : givenForm < 88 ? person.official().get(0)
                : person.official().stream().map(name -> name.charAt(0) + ".").collect(java.util.stream.Collectors.joining());
        if (random.nextInt(10) == 0) {
            given = typo(given);
        }
        if (random.nextInt(30) == 0) {
            given = TITLES[random.nextInt(TITLES.length)] + " " + given;
        }
        String prefix = person.prefix();
        String family = person.family();
        if (family.contains("-") && random.nextInt(5) < 2) {
            String[] parts = family.split("-");
            family = parts[random.nextInt(parts.length)];
        }
        int familyForm = random.nextInt(100);
        if (prefix != null && familyForm < 20) {
            family = prefix + " " + family;
            prefix = null;
        } else if (prefix != null && familyForm < 30) {
            family = family + ", " + prefix;
            prefix = null;
        } else if (prefix != null && familyForm < 35) {
            prefix = null;
        }
        int familyError = random.nextInt(100);
        if (familyError < 10) {
            family = typo(family);
        } else if (familyError < 12) {
            family = "";
        } else if (familyError < 15 && family.length() > 3) {
            family = family.substring(0, family.length() / 2);
        }
        LocalDate birthDate = person.birthDate();
        int dateError = random.nextInt(100);
        if (dateError < 5) {
            birthDate = LocalDate.of(birthDate.getYear(), 1, 1);
        } else if (dateError < 8 && birthDate.getDayOfMonth() <= 12 && birthDate.getDayOfMonth() != birthDate.getMonthValue()) {
            birthDate = LocalDate.of(birthDate.getYear(), birthDate.getDayOfMonth(), birthDate.getMonthValue());
        } else if (dateError < 11) {
            birthDate = digitTypo(birthDate);
        }
        int pc4 = person.pc4();
        int postcodeError = random.nextInt(100);
        if (postcodeError < 10) {
            pc4 = 1000 + random.nextInt(9000);
        } else if (postcodeError < 13) {
            pc4 = 1000 + Math.floorMod(pc4 - 1000 + (1 + random.nextInt(9)) * (int) Math.pow(10, random.nextInt(3)), 9000);
        }
        String pseudonym = random.nextDouble() < missingBsn ? null : "pseudonym-of-" + person.bsn();
        return new Written(pseudonym, TestRecords.keys(given, prefix, family, birthDate, person.gender(),
                String.valueOf(pc4)));
    }

    /**
     * @param youths how many different youths
     * @param providers over how many providers' lists
     * @param missingBsn the share of entries without a BSN
     */
    public List<Entry> generate(int youths, int providers, double missingBsn) {
        List<Youth> people = new ArrayList<>();
        for (int i = 0; i < youths; i++) {
            Youth youth = new Youth("bsn-" + i, pick(GIVEN), null, null, null, null, 0);
            String[] family = FAMILY[random.nextInt(FAMILY.length)];
            LocalDate birthDate = LocalDate.of(2003, 1, 1).plusDays(random.nextInt(365 * 20));
            youth = new Youth(youth.bsn(), youth.given(), family[0], family[1], birthDate,
                    random.nextBoolean() ? Gender.F : Gender.M, 1000 + random.nextInt(9000));
            people.add(youth);
            if (random.nextInt(50) == 0 && people.size() < youths) {
                String twinName = pick(GIVEN);
                while (twinName.equals(youth.given())) {
                    twinName = pick(GIVEN);
                }
                people.add(new Youth("bsn-twin-" + i, twinName, youth.prefix(), youth.family(), youth.birthDate(),
                        random.nextBoolean() ? youth.gender() : other(youth.gender()), youth.pc4()));
                i++;
            }
        }
        return onLists(people, providers, person -> writtenDown(person, missingBsn));
    }

    private Written writtenDown(Youth youth, double missingBsn) {
        String given = youth.given();
        String prefix = youth.prefix();
        String family = youth.family();
        if (random.nextInt(10) == 0) {
            given = typo(given);
        } else if (random.nextInt(20) == 0) {
            given = swapLetters(given);
        }
        if (random.nextInt(10) == 0) {
            family = typo(family);
        } else if (random.nextInt(20) == 0) {
            family = swapLetters(family);
        }
        if (prefix != null && random.nextInt(5) == 0) {
            family = family + ", " + prefix;
            prefix = null;
        }
        LocalDate birthDate = youth.birthDate();
        if (random.nextInt(33) == 0 && birthDate.getDayOfMonth() <= 12 && birthDate.getDayOfMonth() != birthDate.getMonthValue()) {
            birthDate = LocalDate.of(birthDate.getYear(), birthDate.getDayOfMonth(), birthDate.getMonthValue());
        } else if (random.nextInt(33) == 0) {
            birthDate = digitTypo(birthDate);
        }
        int pc4 = random.nextInt(10) == 0 ? 1000 + random.nextInt(9000) : youth.pc4();
        String pseudonym = random.nextDouble() < missingBsn ? null : "pseudonym-of-" + youth.bsn();
        return new Written(pseudonym, TestRecords.keys(given, prefix, family, birthDate, youth.gender(),
                String.valueOf(pc4)));
    }

    private String typo(String name) {
        int at = 1 + random.nextInt(Math.max(1, name.length() - 1));
        char replacement = (char) ('a' + random.nextInt(26));
        return name.substring(0, at) + replacement + name.substring(Math.min(name.length(), at + 1));
    }

    private String swapLetters(String name) {
        if (name.length() < 3) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        char[] chars = name.toCharArray();
        char c = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = c;
        return new String(chars);
    }

    private LocalDate digitTypo(LocalDate date) {
        for (int attempt = 0; attempt < 10; attempt++) {
            char[] digits = date.toString().toCharArray();
            int[] positions = { 3, 6, 9 };
            int at = positions[random.nextInt(positions.length)];
            digits[at] = (char) ('0' + random.nextInt(10));
            try {
                LocalDate changed = LocalDate.parse(new String(digits));
                if (!changed.equals(date)) {
                    return changed;
                }
            } catch (java.time.format.DateTimeParseException e) {
                // try another digit
            }
        }
        return date;
    }

    private String pick(String[] names) {
        return names[random.nextInt(names.length)];
    }

    private static Gender other(Gender gender) {
        return gender == Gender.F ? Gender.M : Gender.F;
    }
}
