package nl.plekwijzer.matching.engine;

import java.util.Comparator;
import java.util.Set;

import nl.plekwijzer.contracts.AmbulantProgrammeType;
import nl.plekwijzer.contracts.Domain;

/** An active ambulant programme as matching sees it: an alternative to a stay (domain rule 5). */
public record ProgrammeView(
        String programmeId,
        String providerId,
        String providerName,
        String name,
        AmbulantProgrammeType type,
        int ageMin,
        int ageMax,
        Set<Domain> domains,
        Set<String> municipalityCodes,
        Integer waitingWeeks) {

    /** As light as possible: the lighter type first, then the shorter wait (unknown last), then by name. */
    public static final Comparator<ProgrammeView> LIGHTEST_FIRST = Comparator.comparing(ProgrammeView::type)
            .thenComparing(ProgrammeView::waitingWeeks, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ProgrammeView::name)
            .thenComparing(ProgrammeView::programmeId);

    /**
     * Whether it can stand in for a stay for this request: the request allows an ambulant
     * alternative, and the programme takes the youth's age, covers their domains and works where
     * they live.
     */
    public boolean servesAsAlternativeFor(RequestView request) {
        return request.ambulantAlternativeAllowed() && request.ageYears() >= ageMin && request.ageYears() <= ageMax
                && domains.containsAll(request.domains()) && municipalityCodes.contains(request.municipalityCode());
    }
}
