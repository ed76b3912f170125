package nl.plekwijzer.intake.waitlist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.foundation.problem.Params;
import nl.plekwijzer.foundation.problem.PlainText;
import nl.plekwijzer.intake.youth.Bsn;

/**
 * Checks the rows of a waiting list, as text fields by name, and turns the good ones into entries.
 * Each bad field is reported with its row; a BSN that fails is never echoed back.
 */
public final class WaitlistRows {

    public static final List<String> FIELDS = List.of("providerEntryId", "bsn", "givenName", "familyNamePrefix",
            "familyName", "birthDate", "gender", "postcode", "municipalityCode", "careFunction", "registeredOn");

    /**
     * The outcome: the entries that passed, the errors of the rows that did not, and the entry ids of
     * refused rows where the id itself could be read (their earlier version should be kept).
     */
    public record Checked(List<WaitlistEntry> entries, List<RowError> errors, Set<String> refusedEntryIds) {
    }

    private WaitlistRows() {
    }

    /**
     * @param rows field values by name, in list order; {@code firstRow} is the number of the first
     * @param pseudonymOf turns a valid BSN into its pseudonym, so that no entry holds a BSN
     */
    public static Checked check(List<Map<String, String>> rows, int firstRow, LocalDate today,
            UnaryOperator<String> pseudonymOf) {
        List<WaitlistEntry> entries = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<String> refusedEntryIds = new LinkedHashSet<>();
        Map<String, Integer> rowOfEntryId = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = firstRow + i;
            List<RowError> rowErrors = new ArrayList<>();
            WaitlistEntry entry = checkRow(rows.get(i), row, today, pseudonymOf, rowErrors);
            if (entry != null) {
                Integer earlier = rowOfEntryId.putIfAbsent(entry.providerEntryId(), row);
                if (earlier != null) {
                    rowErrors.add(new RowError(row, "providerEntryId", "is also on row " + earlier));
                }
            }
            if (rowErrors.isEmpty()) {
                entries.add(entry);
            } else {
                errors.addAll(rowErrors);
                String entryId = text(rows.get(i), "providerEntryId");
                if (entryId != null && !rowOfEntryId.containsKey(entryId)) {
                    refusedEntryIds.add(entryId);
                }
            }
        }
        return new Checked(entries, errors, refusedEntryIds);
    }

    private static WaitlistEntry checkRow(Map<String, String> fields, int row, LocalDate today,
            UnaryOperator<String> pseudonymOf, List<RowError> errors) {
        String entryId = required(fields, "providerEntryId", row, errors);
        String pseudonym = null;
        String bsnText = text(fields, "bsn");
        if (bsnText != null) {
            String bsn = Bsn.normalise(bsnText);
            if (bsn == null) {
                errors.add(new RowError(row, "bsn", "is not a valid BSN (8 or 9 digits passing the eleven-test)"));
            } else {
                pseudonym = pseudonymOf.apply(bsn);
            }
        }
        String givenName = required(fields, "givenName", row, errors);
        String familyName = required(fields, "familyName", row, errors);
        LocalDate birthDate = date(fields, "birthDate", row, errors, true);
        if (birthDate != null && !birthDate.isBefore(today)) {
            errors.add(new RowError(row, "birthDate", "must be in the past"));
        } else if (birthDate != null && birthDate.isBefore(today.minusYears(24))) {
            errors.add(new RowError(row, "birthDate", "is more than 23 years ago: youth care is for 0-23"));
        }
        Gender gender = choice(fields, "gender", Gender.class, row, errors);
        String postcode = postcode(fields, row, errors);
        String municipalityCode = text(fields, "municipalityCode");
        if (municipalityCode != null && !municipalityCode.matches("GM\\d{4}")) {
            errors.add(new RowError(row, "municipalityCode", "is not a CBS code: GM followed by 4 digits"));
        }
        TEXT_FIELDS.forEach((field, maxLength) -> {
            String value = text(fields, field);
            if (value != null && value.length() > maxLength) {
                errors.add(new RowError(row, field, "is longer than " + maxLength + " characters"));
            }
            plainText(value, field, row, errors);
        });
        UnitKind careFunction = choice(fields, "careFunction", UnitKind.class, row, errors);
        LocalDate registeredOn = date(fields, "registeredOn", row, errors, false);
        if (registeredOn != null && registeredOn.isAfter(today)) {
            errors.add(new RowError(row, "registeredOn", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new WaitlistEntry(entryId, pseudonym, givenName, text(fields, "familyNamePrefix"), familyName,
                birthDate, gender, postcode, municipalityCode, careFunction, registeredOn);
    }

    /**
     * Free-text fields that end up in lists people open, in a browser or in a spreadsheet, with the
     * most characters each may have (as the intake form and the database allow).
     */
    private static final Map<String, Integer> TEXT_FIELDS = textFields();

    private static Map<String, Integer> textFields() {
        Map<String, Integer> fields = new java.util.LinkedHashMap<>();
        fields.put("providerEntryId", 100);
        fields.put("givenName", 200);
        fields.put("familyNamePrefix", 50);
        fields.put("familyName", 200);
        return fields;
    }

    private static void plainText(String value, String field, int row, List<RowError> errors) {
        if (!PlainText.isPlain(value)) {
            errors.add(new RowError(row, field, PlainText.MESSAGE));
        }
    }

    private static String text(Map<String, String> fields, String field) {
        String value = fields.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(Map<String, String> fields, String field, int row, List<RowError> errors) {
        String value = text(fields, field);
        if (value == null) {
            errors.add(new RowError(row, field, "is required"));
        }
        return value;
    }

    private static LocalDate date(Map<String, String> fields, String field, int row, List<RowError> errors,
            boolean required) {
        String value = required ? required(fields, field, row, errors) : text(fields, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row, field, "is not a date like 2014-03-31"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Map<String, String> fields, String field, Class<E> type, int row,
            List<RowError> errors) {
        String value = required(fields, field, row, errors);
        if (value == null) {
            return null;
        }
        Function<String, E> parse = v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, field, Params.allowedValues(type)));
            return null;
        }
    }

    private static String postcode(Map<String, String> fields, int row, List<RowError> errors) {
        String value = required(fields, "postcode", row, errors);
        if (value == null) {
            return null;
        }
        String normalised = value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!normalised.matches("[1-9][0-9]{3}[A-Z]{2}")) {
            errors.add(new RowError(row, "postcode", "is not a Dutch postcode like 1234AB"));
            return null;
        }
        return normalised;
    }
}
