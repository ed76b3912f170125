package nl.plekwijzer.matching.waitlist.linkage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.linkage.LinkageEncoder;
import nl.plekwijzer.contracts.linkage.NameEncoder;

/** Linkage keys and link records encoded the way intake-service encodes them. */
public final class TestRecords {

    private static final LinkageEncoder ENCODER = new LinkageEncoder(new NameEncoder(
            "a-linkage-key-for-these-tests-32b".getBytes(StandardCharsets.UTF_8)));

    private TestRecords() {
    }

    static LinkRecord record(String pseudonym, String given, String prefix, String family, LocalDate birthDate,
            String pc4) {
        return record(pseudonym, given, prefix, family, birthDate, pc4, Gender.F);
    }

    /** The linkage keys intake would publish for this youth. */
    public static LinkageKeys keys(String given, String prefix, String family, LocalDate birthDate, Gender gender,
            String pc4) {
        return ENCODER.keysOf(given, prefix, family, birthDate, gender, pc4);
    }

    static LinkRecord record(String pseudonym, String given, String prefix, String family, LocalDate birthDate,
            String pc4, Gender gender) {
        return LinkRecord.of(pseudonym, ENCODER.keysOf(given, prefix, family, birthDate, gender, pc4));
    }
}
