package nl.plekwijzer.demo;

import java.time.LocalDate;
import java.util.List;

import nl.plekwijzer.demo.Twente.Municipality;

/** A generated demo region: what providers, referrers and their systems would send to plekwijzer. */
record Region(List<Provider> providers, List<Unit> units, List<WaitlistEntry> waitlist, List<Request> requests,
        List<Programme> programmes) {

    record Provider(String id, String name, Municipality home) {
        String clientId() {
            return "provider-" + id;
        }

        String clientSecret() {
            return clientId() + "-secret";
        }
    }

    record Unit(String id, Provider provider, String name, String kind, int places, int ageMin, int ageMax,
            List<String> genders, List<String> domains, List<String> specialties, boolean treatmentOnSite,
            int rosterHoursPerWeek, boolean acceptsCrisis, boolean acceptsConfidential, Municipality municipality,
            String postcode, int occupied, int available, List<String> stayLengths, boolean acceptsFamilyAdmission,
            boolean inBackupPool) {
    }

    /** An ambulant programme (IAG, MST, ...) and the municipalities it works in. */
    record Programme(String id, Provider provider, String type, String name, int ageMin, int ageMax,
            List<String> domains, List<String> municipalityCodes, int waitingWeeks) {
    }

    record Youth(String bsn, String givenName, String familyNamePrefix, String familyName, LocalDate birthDate,
            String gender, String postcode, Municipality municipality) {
    }

    /**
     * A youth as one provider registered them: with or without the BSN, the names as written there.
     */
    record WaitlistEntry(String providerId, String providerEntryId, Youth youth, boolean withBsn, String givenName,
            String familyNamePrefix, String familyName, String careFunction, LocalDate registeredOn) {
    }

    record Request(Youth youth, Municipality responsible, String referrerType, String referrerOrganisation,
            String referrerName, List<String> domains, List<String> acceptableKinds, String urgency,
            LocalDate neededFrom, boolean confidential, String decisionReference, LocalDate decisionValidUntil,
            boolean treatmentNeeded, boolean ambulantAlternativeAllowed, Integer shortStayNights,
            boolean familyAdmission) {
    }
}
