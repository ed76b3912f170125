package nl.plekwijzer.intake.waitlist;

import java.time.LocalDate;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;

/**
 * One youth on a provider's waiting list, checked and normalised. The BSN is already replaced by its
 * pseudonym ({@code youthPseudonym}, null when the provider did not know the BSN); {@code postcode}
 * is like {@code 1234AB}.
 */
public record WaitlistEntry(
        String providerEntryId,
        String youthPseudonym,
        String givenName,
        String familyNamePrefix,
        String familyName,
        LocalDate birthDate,
        Gender gender,
        String postcode,
        String municipalityCode,
        UnitKind careFunction,
        LocalDate registeredOn) {

    /** Never print the names. */
    @Override
    public String toString() {
        return "WaitlistEntry[" + providerEntryId + "]";
    }
}
