package nl.plekwijzer.notification.figures.rest;

import java.util.regex.Pattern;

import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.notification.figures.FigureBoard;

/** Whose figures a caller may read: a municipality its own only; coordinators and admins any, or the region. */
public final class FigureScopes {

    private static final Pattern MUNICIPALITY = Pattern.compile("^GM[0-9]{4}$");

    private FigureScopes() {
    }

    /** The scope asked for ({@code municipalityCode}, or the caller's own, or REGION), if the caller may read it. */
    public static String readable(Caller caller, String municipalityCode) {
        if (municipalityCode != null && !MUNICIPALITY.matcher(municipalityCode).matches()) {
            throw Problems.invalid("municipalityCode", "must be a municipality code such as GM0153");
        }
        if (caller.isCoordinatorOrAdmin()) {
            return municipalityCode == null ? FigureBoard.REGION : municipalityCode;
        }
        String own = caller.municipalityCode();
        if (own == null || !MUNICIPALITY.matcher(own).matches()) {
            throw Problems.forbidden("The token names no municipality_code");
        }
        if (municipalityCode != null && !municipalityCode.equals(own)) {
            throw Problems.forbidden("A municipality reads its own figures only");
        }
        return own;
    }
}
