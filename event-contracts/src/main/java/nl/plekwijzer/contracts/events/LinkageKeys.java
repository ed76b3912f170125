package nl.plekwijzer.contracts.events;

import java.util.List;

import nl.plekwijzer.contracts.Gender;

/**
 * What lets matching-service recognise one youth across providers without a name and without a
 * readable birth date. Names are Bloom-filter encodings (base64) of the normalised name parts,
 * the birth date and initials are keyed tokens; all made with the linkage key that only intake
 * holds (see {@code LinkageEncoder}).
 *
 * @param givenNames each given name, the first first, a call name as its official name; empty when
 *        the field held initials only
 * @param otherGivenNameForms the given names as written where they were mapped, and the official
 *        names of a call name of several
 * @param initials token of the initials of the given names; null when there are none
 * @param firstInitial token of the first initial; null when there is none
 * @param familyNames the whole family name without prefixes, then each part of a double name
 * @param birthDate tokens of the birth date and of its parts
 * @param pc4 the four digits of the postcode, null when unknown
 */
public record LinkageKeys(
        List<String> givenNames,
        List<String> otherGivenNameForms,
        String initials,
        String firstInitial,
        List<String> familyNames,
        BirthDateKeys birthDate,
        Gender gender,
        String pc4) {

    /**
     * Keyed tokens of a birth date: the whole date, the date with day and month swapped, the year,
     * and each two of year, month and day. Pairs, not single parts: tokens of a month and of a day
     * alone would give the calendar away (which days occur with which months) without the key.
     */
    public record BirthDateKeys(String date, String swapped, String year, String yearMonth, String yearDay,
            String monthDay) {
    }
}
