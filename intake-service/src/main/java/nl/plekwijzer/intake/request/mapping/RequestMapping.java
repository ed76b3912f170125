package nl.plekwijzer.intake.request.mapping;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.ShortStayRhythm;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.contracts.linkage.LinkageEncoder;
import nl.plekwijzer.intake.request.PlacementRequest;
import nl.plekwijzer.intake.request.rest.PlacementRequestForm;
import nl.plekwijzer.intake.request.rest.PlacementRequestResponse;

/** The one place where a request's stored form, its REST view and its pseudonymous event meet. */
@ApplicationScoped
public class RequestMapping {

    private final ObjectMapper json;

    public RequestMapping(ObjectMapper json) {
        this.json = json;
    }

    public String toStoredForm(PlacementRequestForm form) {
        try {
            return json.writeValueAsString(form.withoutBsn());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the intake form", e);
        }
    }

    public PlacementRequestForm storedForm(PlacementRequest request) {
        try {
            return json.readValue(request.form, PlacementRequestForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored form of request " + request.requestId + " cannot be read", e);
        }
    }

    public PlacementRequestResponse toResponse(PlacementRequest request) {
        return PlacementRequestResponse.of(request, storedForm(request));
    }

    /** The request as published on placement-requests.v2: pseudonym and coarse attributes only. */
    public Outbox.Entry toEvent(PlacementRequest request) {
        PlacementRequestForm form = storedForm(request);
        PlacementRequestForm.Youth youth = form.youth();
        PlacementRequestForm.Needs needs = form.needs();
        var event = new PlacementRequestUpdated(
                request.requestId,
                request.youthPseudonym,
                request.status,
                ageWhenCareStarts(youth.birthDate(), needs.neededFrom(), request.submittedAt.toLocalDate()),
                youth.gender(),
                LinkageEncoder.pc4(youth.postcode()),
                youth.municipalityCode(),
                form.responsibleMunicipalityCode(),
                new PlacementRequestUpdated.Needs(
                        needs.domains(),
                        needs.acceptableKinds(),
                        needs.stayIntensityMax(),
                        Boolean.TRUE.equals(needs.treatmentNeeded()),
                        needs.specialties() == null ? Set.of() : needs.specialties(),
                        needs.urgency(),
                        needs.neededFrom(),
                        Boolean.TRUE.equals(needs.confidential()),
                        LinkageEncoder.pc4(needs.schoolPostcode()),
                        needs.maxDistanceKm(),
                        Boolean.TRUE.equals(needs.ambulantAlternativeAllowed()),
                        needs.shortStay() == null ? null : new PlacementRequestUpdated.ShortStay(
                                needs.shortStay().nights(), needs.shortStay().rhythm() == null ? ShortStayRhythm.ONCE
                                        : needs.shortStay().rhythm()),
                        Boolean.TRUE.equals(needs.familyAdmission())),
                request.linkedToRequestId,
                request.referrerId,
                request.submittedAt,
                request.updatedAt,
                form.previousProviderId(),
                form.perspective() == null ? null : form.perspective().intendedDestination(),
                request.followUpAfterCrisis,
                request.decisionValidUntil,
                form.referrer().type(),
                form.region(),
                PlacementRequestUpdated.quarterOf(youth.birthDate().plusYears(18)));
        return new Outbox.Entry(EventType.PLACEMENT_REQUEST_UPDATED, request.requestId.toString(), event);
    }

    /** Age in whole years on the day care is needed, or on submission when that day has passed. */
    static int ageWhenCareStarts(LocalDate birthDate, LocalDate neededFrom, LocalDate submittedOn) {
        LocalDate start = neededFrom.isAfter(submittedOn) ? neededFrom : submittedOn;
        return Period.between(birthDate, start).getYears();
    }
}
