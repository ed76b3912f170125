package nl.plekwijzer.notification.report;

import java.util.Map;

/** Dutch names of the figures for people reading a report (the codes stay for machines). */
public final class ReportLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("units", "units"),
            Map.entry("staleUnits", "units zonder actuele status"),
            Map.entry("staleUnitsPercent", "units zonder actuele status (%)"),
            Map.entry("places", "plaatsen"),
            Map.entry("availablePlaces", "vrije plaatsen"),
            Map.entry("admissiblePlaces", "vrij voor een nieuw voorstel"),
            Map.entry("occupiedPlaces", "bezette plaatsen"),
            Map.entry("heldBackPlaces", "achtergehouden plaatsen"),
            Map.entry("heldForProposals", "vastgehouden voor voorstellen"),
            Map.entry("occupancyPercent", "bezetting (%)"),
            Map.entry("waitingYouths", "wachtende jeugdigen (ontdubbeld)"),
            Map.entry("medianWaitingDays", "wachttijd mediaan (dagen)"),
            Map.entry("p90WaitingDays", "wachttijd 90e percentiel (dagen)"),
            Map.entry("activePlacements", "lopende plaatsingen"),
            Map.entry("bridgingPlacements", "overbruggingsplaatsingen"),
            Map.entry("crisisStaysPast28Days", "crisisverblijven langer dan 28 dagen"),
            Map.entry("inflow", "instroom (aanmeldingen)"),
            Map.entry("referrers", "aanmeldingen door"),
            Map.entry("throughflow", "doorstroom (gestarte plaatsingen)"),
            Map.entry("replacements", "herplaatsingen"),
            Map.entry("outflow", "uitstroom (beëindigde plaatsingen)"),
            Map.entry("endings", "beëindigd naar"),
            Map.entry("declinedProposals", "afgewezen voorstellen"),
            Map.entry("unmetNeeds", "aanvragen zonder passende plek"),
            Map.entry("unmetNeedsByAge", "aanvragen zonder passende plek, leeftijd"),
            Map.entry("unmetNeedsByGender", "aanvragen zonder passende plek, geslacht"));

    private ReportLabels() {
    }

    /** E.g. "wachttijd mediaan (dagen) – FAMILY_HOME" for medianWaitingDays.FAMILY_HOME. */
    public static String of(String name) {
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String detail = dot < 0 ? null : name.substring(dot + 1);
        boolean previous = base.endsWith("PreviousMonth");
        if (previous) {
            base = base.substring(0, base.length() - "PreviousMonth".length());
        }
        String label = LABELS.getOrDefault(base, base) + (previous ? " (vorige maand)" : "");
        return detail == null ? label : label + " – " + detail;
    }
}
