package nl.plekwijzer.intake.waitlist;

import java.time.LocalDate;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;

/**
 * One youth on a provider's waiting list, checked and normalised: {@code bsn} is the nine-digit
 * form or null when the provider did not know it, {@code postcode} is like {@code 1234AB}.
 */
public record WaitlistEntry(
        String providerEntryId,
        String bsn,
        String givenName,
        String familyNamePrefix,
        String familyName,
        LocalDate birthDate,
        Gender gender,
        String postcode,
        UnitKind careFunction,
        LocalDate registeredOn) {

    /** Never print the BSN or the names. */
    @Override
    public String toString() {
        return "WaitlistEntry[" + providerEntryId + "]";
    }
}
