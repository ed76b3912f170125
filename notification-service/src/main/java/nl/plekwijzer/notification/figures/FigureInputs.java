package nl.plekwijzer.notification.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.plekwijzer.contracts.UnitKind;

/**
 * What the municipal figures are made of, as notification-service follows it from the topics; no
 * youth in it, only units, dates, codes and municipalities.
 */
public record FigureInputs(List<Unit> units, List<WaitingYouth> waiting, List<Stay> stays, List<Request> requests,
        List<Declined> declined, List<Unmet> unmet) {

    /** A unit's reported figures; {@code heldForProposals}: places its open proposals hold, and those placements
     * took since its last status report. */
    public record Unit(UnitKind kind, String municipalityCode, int places, int availablePlaces, int occupiedPlaces,
            int heldBackPlaces, int heldForProposals, boolean stale) {
    }

    /** A youth ({@code clusterId}) on the regional waiting list for one care function (deduplicated). */
    public record WaitingYouth(String clusterId, String municipalityCode, UnitKind careFunction,
            LocalDate waitingSince, LocalDate placedOn) {
    }

    /**
     * A placement; the responsible municipality pays (domain rule 12). {@code replacement}: within
     * six months of one of the same youth that ended in another placement.
     */
    public record Stay(String responsibleMunicipalityCode, UnitKind kind, LocalDate startDate, LocalDate crisisEndDate,
            boolean bridging, LocalDate endedOn, String destination, boolean replacement) {
    }

    /** A placement request, by the day it was submitted (the inflow), and the kind of its referrer (or null). */
    public record Request(String responsibleMunicipalityCode, LocalDate submittedOn, String referrerType) {
    }

    /** A declined proposal and its reason code. */
    public record Declined(String responsibleMunicipalityCode, String reason, LocalDate on) {
    }

    /**
     * An unmet need and the rules that stood in the way of its near misses; the youth's age in years
     * and gender as the request has them (null when the request is not known here).
     */
    public record Unmet(String responsibleMunicipalityCode, Set<String> rules, LocalDate on, Integer ageYears,
            String gender) {
    }
}
