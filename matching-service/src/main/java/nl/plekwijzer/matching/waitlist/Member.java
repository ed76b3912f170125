package nl.plekwijzer.matching.waitlist;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.plekwijzer.contracts.UnitKind;

/** A provider's waiting-list entry with what the regional list and its counts need (pseudonymous). */
public record Member(String providerId, String providerEntryId, UnitKind careFunction, String municipalityCode,
        LocalDate registeredOn, OffsetDateTime updatedAt) {

    public String key() {
        return key(providerId, providerEntryId);
    }

    public static String key(String providerId, String providerEntryId) {
        return providerId + "/" + providerEntryId;
    }

    /** The provider id of a key; provider ids hold no slash, entry ids may. */
    public static String providerIdOf(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    public static String providerEntryIdOf(String key) {
        return key.substring(key.indexOf('/') + 1);
    }
}
