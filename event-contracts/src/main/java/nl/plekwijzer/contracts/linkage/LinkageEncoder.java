package nl.plekwijzer.contracts.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.events.LinkageKeys.BirthDateKeys;

/**
 * Makes the {@link LinkageKeys} of a youth from what a provider registered: names normalised
 * ({@link DutchNames}) and encoded, the birth date as keyed tokens, the postcode cut to its four
 * digits. Never the name, the BSN, the full postcode or a readable birth date.
 */
public final class LinkageEncoder {

    /**
     * The form of the keys this encoder makes. Raise it whenever the same youth would get other keys
     * (normalisation, name table, fields): intake then publishes every entry and request again.
     */
    public static final int VERSION = 2;

    private final NameEncoder encoder;

    public LinkageEncoder(NameEncoder encoder) {
        this.encoder = encoder;
    }

    public LinkageKeys keysOf(String givenNames, String familyNamePrefix, String familyName, LocalDate birthDate,
            Gender gender, String postcode) {
        DutchNames.GivenNames given = DutchNames.givenNames(givenNames);
        String initials = given.initials();
        List<String> familyNames = new ArrayList<>();
        String family = DutchNames.familyName(familyNamePrefix, familyName);
        if (!family.isEmpty()) {
            familyNames.add(encoder.encode("family", family));
            if (family.contains(" ")) {
                for (String part : family.split(" ")) {
                    familyNames.add(encoder.encode("family", part));
                }
            }
        }
        return new LinkageKeys(
                given.names().stream().map(name -> encoder.encode("given", name)).toList(),
                given.otherForms().stream().map(name -> encoder.encode("given", name)).toList(),
                initials.isEmpty() ? null : encoder.token("initials", initials),
                initials.isEmpty() ? null : encoder.token("initials", initials.substring(0, 1)),
                List.copyOf(familyNames),
                birthDateKeys(birthDate),
                gender, pc4(postcode));
    }

    private BirthDateKeys birthDateKeys(LocalDate birthDate) {
        String year = String.valueOf(birthDate.getYear());
        String month = String.format("%02d", birthDate.getMonthValue());
        String day = String.format("%02d", birthDate.getDayOfMonth());
        return new BirthDateKeys(encoder.token("date", year + "-" + month + "-" + day),
                encoder.token("date", year + "-" + day + "-" + month), // not a date when the day is over 12
                encoder.token("year", year), encoder.token("year-month", year + "-" + month),
                encoder.token("year-day", year + "-" + day), encoder.token("month-day", month + "-" + day));
    }

    /** The four digits of a Dutch postcode; null when there is none. */
    public static String pc4(String postcode) {
        if (postcode == null) {
            return null;
        }
        String digits = postcode.replaceAll("\\s", "");
        return digits.length() >= 4 && digits.substring(0, 4).matches("[1-9][0-9]{3}") ? digits.substring(0, 4) : null;
    }
}
