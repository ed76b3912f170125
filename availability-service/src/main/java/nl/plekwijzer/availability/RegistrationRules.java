package nl.plekwijzer.availability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.plekwijzer.foundation.problem.Violation;

/** What a unit and an ambulant programme must both have when registered: a usable id and ages in order. */
public final class RegistrationRules {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private RegistrationRules() {
    }

    /** @param idField the name of the path parameter the id came in ({@code unitId}, {@code programmeId}) */
    public static List<Violation> check(String idField, String id, int ageMin, int ageMax) {
        List<Violation> violations = new ArrayList<>();
        if (!ID.matcher(id).matches()) {
            violations.add(new Violation(idField, "must be 1-64 letters, digits, '.', '_' or '-'"));
        }
        if (ageMin > ageMax) {
            violations.add(new Violation("ageMax", "must not be below ageMin"));
        }
        return violations;
    }
}
