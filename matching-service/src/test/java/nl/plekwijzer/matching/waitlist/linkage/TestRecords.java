package nl.plekwijzer.matching.waitlist.linkage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.linkage.DutchNames;
import nl.plekwijzer.contracts.linkage.NameEncoder;

/** Link records with names encoded the way intake-service encodes them. */
final class TestRecords {

    private static final NameEncoder ENCODER = new NameEncoder("a-linkage-key-for-these-tests-32b".getBytes(
            StandardCharsets.UTF_8));

    private TestRecords() {
    }

    static LinkRecord record(String pseudonym, String given, String prefix, String family, LocalDate birthDate,
            String pc4) {
        return record(pseudonym, given, prefix, family, birthDate, pc4, Gender.F);
    }

    static LinkRecord record(String pseudonym, String given, String prefix, String family, LocalDate birthDate,
            String pc4, Gender gender) {
        return new LinkRecord(pseudonym, LinkRecord.words(ENCODER.encode("given", DutchNames.givenName(given))),
                LinkRecord.words(ENCODER.encode("family", DutchNames.familyName(prefix, family))), birthDate, gender,
                pc4);
    }
}
