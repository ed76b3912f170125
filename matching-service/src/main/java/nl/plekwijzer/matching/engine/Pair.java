package nl.plekwijzer.matching.engine;

/**
 * One request and one unit being compared, with the distance from the youth's home computed once
 * ({@code homeKm} is null when either location is unknown).
 */
public record Pair(RequestView request, UnitView unit, Double homeKm) {

    public static Pair of(RequestView request, UnitView unit) {
        Double km = request.home() == null || unit.location() == null ? null : request.home().kmTo(unit.location());
        return new Pair(request, unit, km);
    }
}
