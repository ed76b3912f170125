package nl.plekwijzer.matching.suggestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.IntendedDestination;
import nl.plekwijzer.contracts.ReferrerType;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.contracts.events.AmbulantProgrammeUpdated;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.devstack.test.KafkaTestClient;

/** The events availability-service and intake-service publish, sent as they would send them. */
public final class Events {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Events() {
    }

    public static void profile(String unitId, String providerId, UnitKind kind, String municipalityCode)
            throws Exception {
        profile(unitId, providerId, kind, municipalityCode, Set.of(Domain.PARENTING_SUPPORT));
    }

    public static void profile(String unitId, String providerId, UnitKind kind, String municipalityCode,
            Set<Domain> domains) throws Exception {
        profileWith(unitId, providerId, kind, municipalityCode, java.util.Map.of("domains", domains));
    }

    /** A profile as {@link #profile(String, String, UnitKind, String)} sends it, with these fields set too. */
    public static void profileWith(String unitId, String providerId, UnitKind kind, String municipalityCode,
            java.util.Map<String, Object> fields) throws Exception {
        var profile = new UnitProfileUpdated(unitId, providerId, "Provider " + providerId, "Unit " + unitId, kind,
                "43", 6, 4, 17, Set.of(Gender.F, Gender.M, Gender.X), Set.of(Domain.PARENTING_SUPPORT),
                Set.of("TRAUMA"), false, new BigDecimal("200"), new BigDecimal("4.76"), "INTENSIVE", true, true,
                municipalityCode, "2101AB", null, null, 24, OffsetDateTime.now(), null, false, null, false);
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(profile);
        fields.forEach((name, value) -> json.set(name, JSON.valueToTree(value)));
        KafkaTestClient.send("unit-profiles.v1", unitId, JSON.writeValueAsString(json));
    }

    /** A GREEN or ORANGE (with its reason) snapshot of {@code available} places out of six. */
    public static void availability(String unitId, String providerId, UnitKind kind, int available, Light light,
            LightReason reasonCode, String reason) throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        var snapshot = new UnitAvailabilityChanged(unitId, providerId, kind, 6, available, 6 - available, 0, light,
                reasonCode, reason, null, now, now, false);
        KafkaTestClient.send("bed-availability.v1", unitId, JSON.writeValueAsString(snapshot));
    }

    public static void programme(AmbulantProgrammeUpdated programme) throws Exception {
        KafkaTestClient.send("ambulant-programmes.v1", programme.programmeId(), JSON.writeValueAsString(programme));
    }

    public static void availability(String unitId, String providerId, UnitKind kind, int available) throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        var snapshot = new UnitAvailabilityChanged(unitId, providerId, kind, 6, available, 6 - available, 0,
                available > 0 ? Light.GREEN : Light.ORANGE, null, null, null, now, now, false);
        KafkaTestClient.send("bed-availability.v1", unitId, JSON.writeValueAsString(snapshot));
    }

    public static void request(UUID requestId, String referrerId, Set<UnitKind> kinds, String municipalityCode)
            throws Exception {
        request(requestId, referrerId, kinds, municipalityCode, Urgency.URGENT);
    }

    public static void request(UUID requestId, String referrerId, Set<UnitKind> kinds, String municipalityCode,
            Urgency urgency) throws Exception {
        request(requestId, referrerId, kinds, municipalityCode, urgency, OffsetDateTime.now());
    }

    public static void request(UUID requestId, String referrerId, Set<UnitKind> kinds, String municipalityCode,
            Urgency urgency, OffsetDateTime submittedAt) throws Exception {
        request(requestId, referrerId, kinds, municipalityCode, urgency, submittedAt, null);
    }

    public static void request(UUID requestId, String referrerId, Set<UnitKind> kinds, String municipalityCode,
            Urgency urgency, OffsetDateTime submittedAt, String previousProviderId) throws Exception {
        request(requestId, referrerId, kinds, municipalityCode, urgency, submittedAt, previousProviderId,
                LocalDate.now().plusDays(7));
    }

    /** A request for the same youth as all others here (one pseudonym), who came from {@code previousProviderId}. */
    public static void request(UUID requestId, String referrerId, Set<UnitKind> kinds, String municipalityCode,
            Urgency urgency, OffsetDateTime submittedAt, String previousProviderId, LocalDate neededFrom)
            throws Exception {
        send(requestEvent(requestId, referrerId, kinds, municipalityCode, urgency, submittedAt, previousProviderId,
                neededFrom, "cd".repeat(32), LocalDate.of(2013, 4, 2), false));
    }

    /** A request as intake publishes it, for a youth of this pseudonym and birth date. */
    public static PlacementRequestUpdated requestEvent(UUID requestId, String referrerId, Set<UnitKind> kinds,
            String municipalityCode, Urgency urgency, OffsetDateTime submittedAt, String previousProviderId,
            LocalDate neededFrom, String youthPseudonym, LocalDate birthDate, boolean followUpAfterCrisis) {
        return new PlacementRequestUpdated(requestId, youthPseudonym, PlacementRequestUpdated.Status.OPEN,
                Period.between(birthDate, LocalDate.now()).getYears(), Gender.F, "2032", municipalityCode,
                municipalityCode,
                new PlacementRequestUpdated.Needs(Set.of(Domain.PARENTING_SUPPORT), kinds, null, false,
                        Set.of("TRAUMA"), urgency, neededFrom, false, null, null, false, null, false),
                null, referrerId, submittedAt,
                OffsetDateTime.now(), previousProviderId, IntendedDestination.HOME, followUpAfterCrisis,
                LocalDate.now().plusMonths(6), ReferrerType.WIJKTEAM, null, PlacementRequestUpdated.quarterOf(birthDate.plusYears(18)));
    }

    /**
     * An urgent request as {@link #requestEvent} makes it, for a youth born on {@code birthDate}, with
     * these fields of its needs and of the event itself set too.
     */
    public static void requestWith(UUID requestId, String referrerId, Set<UnitKind> kinds, String municipalityCode,
            LocalDate birthDate, java.util.Map<String, Object> needsFields, java.util.Map<String, Object> fields)
            throws Exception {
        var event = requestEvent(requestId, referrerId, kinds, municipalityCode, Urgency.URGENT, OffsetDateTime.now(),
                null, LocalDate.now().plusDays(7), UUID.randomUUID().toString().replace("-", "").repeat(2), birthDate,
                false);
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(event);
        var needs = (com.fasterxml.jackson.databind.node.ObjectNode) json.get("needs");
        needsFields.forEach((name, value) -> needs.set(name, JSON.valueToTree(value)));
        fields.forEach((name, value) -> json.set(name, JSON.valueToTree(value)));
        KafkaTestClient.send("placement-requests.v2", requestId.toString(), JSON.writeValueAsString(json));
    }

    public static void send(PlacementRequestUpdated request) throws Exception {
        KafkaTestClient.send("placement-requests.v2", request.requestId().toString(), JSON.writeValueAsString(request));
    }
}
