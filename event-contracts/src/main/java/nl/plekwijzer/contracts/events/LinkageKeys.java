package nl.plekwijzer.contracts.events;

import java.time.LocalDate;

import nl.plekwijzer.contracts.Gender;

/**
 * What lets matching-service recognise one youth across providers without a name: Bloom-filter
 * encodings (base64) of the normalised name parts, built with keyed hashes, plus birth date and PC4.
 */
public record LinkageKeys(
        String givenNameBloom,
        String familyNameBloom,
        LocalDate birthDate,
        Gender gender,
        String pc4) {
}
