package nl.plekwijzer.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.plekwijzer.demo.Region.Provider;
import nl.plekwijzer.demo.Region.Request;
import nl.plekwijzer.demo.Region.Unit;
import nl.plekwijzer.demo.Region.WaitlistEntry;
import nl.plekwijzer.demo.Region.Youth;
import nl.plekwijzer.demo.Twente.Municipality;

/**
 * Generates the demo region from a seed: the same seed and day give the same region. Pure: no
 * network, no clock but the day it is given.
 */
final class RegionGenerator {

    /** How big the region is. */
    record Sizes(int providers, int units, int waitlistEntries, int requests) {
        static final Sizes TWENTE = new Sizes(100, 400, 1500, 300);
    }

    /** Per kind: share of the units (percent), places, ages, and whether treatment is on site. */
    private record KindProfile(String kind, int share, int placesMin, int placesMax, int ageMin, int ageMax,
            boolean treatmentOnSite) {
    }

    private static final List<KindProfile> KINDS = List.of(
            new KindProfile("FOSTER_CARE", 24, 1, 3, 0, 17, false),
            new KindProfile("FAMILY_HOME", 24, 4, 6, 4, 17, false),
            new KindProfile("RESIDENTIAL_GROUP", 15, 6, 10, 12, 17, false),
            new KindProfile("TREATMENT_GROUP", 12, 6, 10, 8, 17, true),
            new KindProfile("CRISIS_BED", 4, 1, 2, 0, 17, false),
            new KindProfile("CRISIS_GROUP", 4, 6, 8, 12, 17, false),
            new KindProfile("SECURE_CARE", 2, 8, 12, 12, 17, true),
            new KindProfile("SUPPORTED_INDEPENDENCE", 10, 4, 12, 16, 22, false),
            new KindProfile("RESPITE", 5, 3, 6, 4, 17, false));
    private static final List<String> DOMAINS = List.of("PARENTING_SUPPORT", "MENTAL_HEALTH", "INTELLECTUAL_DISABILITY");
    private static final List<String> SPECIALTIES = List.of("TRAUMA", "AUTISM", "ATTACHMENT", "ADDICTION",
            "EATING_DISORDER", "SIBLINGS");
    private static final Map<String, String> REFERRERS = Map.of("WIJKTEAM", "Wijkteam %s", "GI",
            "Jeugdbescherming Overijssel", "HUISARTS", "Huisartsenpraktijk %s", "RECHTER", "Rechtbank Overijssel");

    /** The supra-regional pool the demo's back-up crisis beds belong to, and the partner regions it serves. */
    static final String BACKUP_POOL = "Bovenregionale crisisbedden Oost";
    static final List<String> POOL_REGIONS = List.of("ACHTERHOEK", "IJSSELLAND", "MIDDEN-IJSSEL-OOST-VELUWE");
    private static final List<String> PROGRAMME_TYPES = List.of("IAG", "IOG", "FAST", "MDFT", "MST", "FACT", "IHT");

    /** The share (percent) of waiting youths who stand on more than one provider's list. */
    static final int SHARE_ON_SEVERAL_LISTS = 20;

    private final Random random;
    private final LocalDate today;

    private RegionGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    static Region generate(long seed, LocalDate today, Sizes sizes) {
        return new RegionGenerator(seed, today).region(sizes);
    }

    private Region region(Sizes sizes) {
        List<Provider> providers = new ArrayList<>();
        for (int i = 1; i <= sizes.providers(); i++) {
            String name = String.format(pick(Names.PROVIDER_FORMS), pick(Names.PROVIDER_WORDS));
            Municipality home = municipality();
            providers.add(new Provider(String.valueOf(97_000_000 + i), name + " " + home.name(), home));
        }
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < sizes.units(); i++) {
            // Every provider has a unit; the rest go to providers at random, so some are large.
            Provider provider = i < providers.size() ? providers.get(i) : pick(providers);
            units.add(unit(provider, i + 1));
        }
        List<WaitlistEntry> waitlist = waitlist(sizes.waitlistEntries(), units);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < sizes.requests(); i++) {
            requests.add(request(i + 1));
        }
        List<Region.Programme> programmes = new ArrayList<>();
        for (int i = 0; i < sizes.providers() / 8; i++) {
            programmes.add(programme(pick(providers), i + 1));
        }
        return new Region(providers, units, waitlist, requests, programmes);
    }

    private Unit unit(Provider provider, int number) {
        KindProfile kind = kind();
        int places = between(kind.placesMin(), kind.placesMax());
        // Most units are nearly full; about one in three has a place free.
        int occupied = random.nextInt(3) == 0 ? Math.max(0, places - between(1, Math.max(1, places / 3))) : places;
        Municipality municipality = random.nextInt(3) == 0 ? municipality() : provider.home();
        List<String> domains = new ArrayList<>(List.of("PARENTING_SUPPORT"));
        if (kind.treatmentOnSite() || random.nextInt(3) == 0) {
            domains.add(random.nextBoolean() ? "MENTAL_HEALTH" : "INTELLECTUAL_DISABILITY");
        }
        List<String> specialties = random.nextInt(3) == 0 ? List.of(pick(SPECIALTIES)) : List.of();
        boolean crisis = kind.kind().startsWith("CRISIS");
        String name = switch (kind.kind()) {
            case "FOSTER_CARE" -> "Pleeggezin " + pick(Names.FAMILY_NAMES)[1];
            case "FAMILY_HOME" -> "Gezinshuis " + pick(Names.UNIT_WORDS);
            case "CRISIS_BED", "CRISIS_GROUP" -> "Crisisopvang " + pick(Names.UNIT_WORDS);
            case "SUPPORTED_INDEPENDENCE" -> "Kamertraining " + pick(Names.UNIT_WORDS);
            case "RESPITE" -> "Logeerhuis " + pick(Names.UNIT_WORDS);
            default -> "Groep " + pick(Names.UNIT_WORDS);
        };
        // Respite takes short stays; a quarter of the family homes are harmonica places taking both.
        List<String> stayLengths = kind.kind().equals("RESPITE") ? List.of("SHORT")
                : kind.kind().equals("FAMILY_HOME") && random.nextInt(4) == 0 ? List.of("SHORT", "LONG") : List.of("LONG");
        boolean familyAdmission = (kind.kind().equals("RESIDENTIAL_GROUP") || kind.kind().equals("TREATMENT_GROUP"))
                && random.nextInt(6) == 0;
        return new Unit("demo-" + number, provider, name, kind.kind(), places, kind.ageMin(), kind.ageMax(),
                List.of("F", "M"), domains, specialties, kind.treatmentOnSite(), places * between(25, 40), crisis,
                random.nextInt(10) == 0, municipality, postcode(municipality), occupied, places - occupied,
                stayLengths, familyAdmission, kind.kind().equals("CRISIS_BED") && number % 2 == 0);
    }

    private Region.Programme programme(Provider provider, int number) {
        String type = PROGRAMME_TYPES.get((number - 1) % PROGRAMME_TYPES.size());
        // The provider's own municipality and a few around it.
        LinkedHashSet<String> serves = new LinkedHashSet<>(List.of(provider.home().code()));
        for (int i = 0; i < between(2, 6); i++) {
            serves.add(municipality().code());
        }
        List<String> domains = type.equals("FACT") || type.equals("IHT") ? List.of("MENTAL_HEALTH")
                : List.of("PARENTING_SUPPORT", "MENTAL_HEALTH");
        return new Region.Programme("demo-programme-" + number, provider, type, type + " " + provider.home().name(),
                type.equals("IAG") || type.equals("IOG") ? 0 : 12, 18, domains, List.copyOf(serves), between(0, 8));
    }

    private List<WaitlistEntry> waitlist(int size, List<Unit> units) {
        List<WaitlistEntry> entries = new ArrayList<>();
        int number = 0;
        while (entries.size() < size) {
            Youth youth = youth();
            Unit unit = waitingFor(youth, units);
            LocalDate registeredOn = today.minusDays(between(5, 400));
            entries.add(new WaitlistEntry(unit.provider().id(), "W-" + (++number), youth, random.nextInt(5) > 0,
                    youth.givenName(), youth.familyNamePrefix(), youth.familyName(), unit.kind(), registeredOn));
            if (random.nextInt(100) < SHARE_ON_SEVERAL_LISTS && entries.size() < size) {
                Unit other = waitingFor(youth, units);
                entries.add(writtenDifferently(new WaitlistEntry(other.provider().id(), "W-" + (++number), youth,
                        random.nextBoolean(), youth.givenName(), youth.familyNamePrefix(), youth.familyName(),
                        unit.kind(), min(today, registeredOn.plusDays(between(0, 60))))));
            }
        }
        return entries;
    }

    /** The same youth as another provider wrote them: a call name, the prefix written in, a typo. */
    private WaitlistEntry writtenDifferently(WaitlistEntry entry) {
        String givenName = entry.givenName();
        String prefix = entry.familyNamePrefix();
        String familyName = entry.familyName();
        switch (random.nextInt(4)) {
            case 0 -> givenName = Names.CALL_NAMES.getOrDefault(givenName, givenName);
            case 1 -> {
                familyName = prefix.isEmpty() ? familyName : prefix + " " + familyName;
                prefix = "";
            }
            case 2 -> familyName = familyName.length() > 4 ? familyName.substring(0, familyName.length() - 2)
                    + familyName.charAt(familyName.length() - 1) + familyName.charAt(familyName.length() - 2) : familyName;
            default -> {
                // written the same
            }
        }
        return new WaitlistEntry(entry.providerId(), entry.providerEntryId(), entry.youth(), entry.withBsn(),
                givenName, prefix, familyName, entry.careFunction(), entry.registeredOn());
    }

    private Unit waitingFor(Youth youth, List<Unit> units) {
        int age = age(youth);
        for (int tries = 0; tries < 50; tries++) {
            Unit unit = pick(units);
            if (!unit.kind().startsWith("CRISIS") && age >= unit.ageMin() && age <= unit.ageMax()) {
                return unit;
            }
        }
        return units.stream().filter(u -> u.kind().equals("FOSTER_CARE")).findFirst().orElse(units.get(0));
    }

    private Request request(int number) {
        Youth youth = youth();
        int age = age(youth);
        int roll = random.nextInt(100);
        String urgency = roll < 10 ? "CRISIS" : roll < 40 ? "URGENT" : "REGULAR";
        LinkedHashSet<String> kinds = new LinkedHashSet<>();
        if (urgency.equals("CRISIS")) {
            kinds.add("CRISIS_BED");
            if (age >= 12) {
                kinds.add("CRISIS_GROUP");
            }
        } else if (random.nextInt(20) == 0) {
            kinds.add("RESPITE");
            kinds.add("FAMILY_HOME");
        } else {
            for (int i = 0; i < between(1, 3); i++) {
                KindProfile kind = kind();
                if (!kind.kind().startsWith("CRISIS") && !kind.kind().equals("RESPITE") && age >= kind.ageMin()
                        && age <= kind.ageMax()) {
                    kinds.add(kind.kind());
                }
            }
            if (kinds.isEmpty()) {
                kinds.add(age < 12 ? "FOSTER_CARE" : "RESIDENTIAL_GROUP");
            }
        }
        List<String> domains = new ArrayList<>(List.of("PARENTING_SUPPORT"));
        if (random.nextInt(3) == 0) {
            domains.add(pick(DOMAINS.subList(1, DOMAINS.size())));
        }
        String referrerType = pick(List.copyOf(REFERRERS.keySet()));
        String organisation = String.format(REFERRERS.get(referrerType), youth.municipality().name());
        String referrerName = pick(random.nextBoolean() ? Names.GIRLS : Names.BOYS) + " " + pick(Names.FAMILY_NAMES)[1];
        boolean crisis = urgency.equals("CRISIS");
        boolean treatmentNeeded = domains.contains("MENTAL_HEALTH") && random.nextBoolean();
        Integer shortStayNights = kinds.contains("RESPITE") ? between(1, 3) : null;
        boolean familyAdmission = !crisis && shortStayNights == null && random.nextInt(40) == 0;
        if (familyAdmission) {
            kinds.add("RESIDENTIAL_GROUP");
            kinds.add("TREATMENT_GROUP");
        }
        return new Request(youth, youth.municipality(), referrerType, organisation, referrerName, domains,
                List.copyOf(kinds), urgency, today.plusDays(crisis ? 0 : between(0, 60)),
                random.nextInt(20) == 0, "BS-" + today.getYear() + "-" + number, today.plusMonths(between(3, 12)),
                treatmentNeeded, !crisis && random.nextInt(4) == 0, shortStayNights, familyAdmission);
    }

    private Youth youth() {
        boolean girl = random.nextBoolean();
        String[] family = pick(Names.FAMILY_NAMES);
        Municipality municipality = municipality();
        LocalDate birthDate = today.minusYears(between(3, 19)).minusDays(random.nextInt(365));
        return new Youth(bsn(), pick(girl ? Names.GIRLS : Names.BOYS), family[0], family[1], birthDate,
                girl ? "F" : "M", postcode(municipality), municipality);
    }

    private int age(Youth youth) {
        return java.time.Period.between(youth.birthDate(), today).getYears();
    }

    /** A number that passes the eleven-test, from a range no real BSN is issued in (starting 9). */
    private String bsn() {
        while (true) {
            int[] digits = new int[9];
            digits[0] = 9;
            int sum = 9 * 9;
            for (int i = 1; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += digits[i] * (9 - i);
            }
            digits[8] = sum % 11;
            if (digits[8] < 10) {
                StringBuilder bsn = new StringBuilder(9);
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }

    private String postcode(Municipality municipality) {
        return between(municipality.pc4From(), municipality.pc4To()) + " "
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    private Municipality municipality() {
        int total = Twente.MUNICIPALITIES.stream().mapToInt(Municipality::weight).sum();
        int roll = random.nextInt(total);
        for (Municipality municipality : Twente.MUNICIPALITIES) {
            roll -= municipality.weight();
            if (roll < 0) {
                return municipality;
            }
        }
        throw new IllegalStateException("weights");
    }

    private KindProfile kind() {
        int roll = random.nextInt(KINDS.stream().mapToInt(KindProfile::share).sum());
        for (KindProfile kind : KINDS) {
            roll -= kind.share();
            if (roll < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("shares");
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
