package nl.plekwijzer.intake.linkage;

import java.time.LocalDate;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.linkage.DutchNames;
import nl.plekwijzer.contracts.linkage.NameEncoder;

/**
 * What may leave intake-service to recognise a youth across providers: Bloom-filter encodings of
 * the normalised given and family name, the birth date, gender and the postcode area (PC4).
 * Never the name itself, never the BSN, never the full postcode.
 */
public final class LinkageKeysFactory {

    private final NameEncoder encoder;

    public LinkageKeysFactory(NameEncoder encoder) {
        this.encoder = encoder;
    }

    public LinkageKeys keysOf(String givenName, String familyNamePrefix, String familyName, LocalDate birthDate,
            Gender gender, String postcode) {
        return new LinkageKeys(
                encoder.encode("given", DutchNames.givenName(givenName)),
                encoder.encode("family", DutchNames.familyName(familyNamePrefix, familyName)),
                birthDate, gender, pc4(postcode));
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
