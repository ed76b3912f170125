package nl.plekwijzer.matching.engine;

/**
 * One request and one unit being compared. The distance from the youth's home is computed at most
 * once and only when a rule or a score asks for it: most pairs are rejected before that.
 */
public final class Pair {

    private final RequestView request;
    private final UnitView unit;
    private boolean homeKmKnown;
    private Double homeKm;

    private Pair(RequestView request, UnitView unit) {
        this.request = request;
        this.unit = unit;
    }

    public static Pair of(RequestView request, UnitView unit) {
        return new Pair(request, unit);
    }

    public RequestView request() {
        return request;
    }

    public UnitView unit() {
        return unit;
    }

    /** Kilometres from the youth's home to the unit; null when either location is unknown. */
    public Double homeKm() {
        if (!homeKmKnown) {
            homeKm = request.home() == null || unit.location() == null ? null : request.home().kmTo(unit.location());
            homeKmKnown = true;
        }
        return homeKm;
    }
}
