package nl.plekwijzer.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.ValidationMessage;

import nl.plekwijzer.contracts.events.AmbulantProgrammeUpdated;
import nl.plekwijzer.contracts.events.BedStatusBatchReported;
import nl.plekwijzer.contracts.events.BedStatusReported;
import nl.plekwijzer.contracts.events.DashboardStatsUpdated;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.events.MatchSuggestionsUpdated;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.contracts.events.UnitWentStale;
import nl.plekwijzer.contracts.events.UnmetNeedRecorded;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;

class EventContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final JsonSchemaFactory SCHEMAS = EventReader.schemaFactory();
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 10, 15, 0, 0, ZoneOffset.ofHours(1));
    private static final UUID ID = UUID.fromString("0b7a4c1e-3f55-4a4e-9d43-2f7f1c1d9a10");
    private static final String PSEUDONYM = "3f".repeat(32);
    private static final LinkageKeys LINKAGE = new LinkageKeys(List.of("AAECAwQ="), List.of(), "dG9rZW4x",
            "dG9rZW4y", List.of("BQYHCAk="), new LinkageKeys.BirthDateKeys("ZGF0ZQ", "c3dhcA", "eWVhcg", "eW0", "eWQ", "bWQ"),
            Gender.F, "2031");

    private static final Map<EventType, Record> SAMPLES = samples();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyRecordSerialisesToJsonThatItsSchemaAccepts(EventType type) {
        JsonNode json = JSON.valueToTree(SAMPLES.get(type));

        assertThat(errors(type, json)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySchemaRefusesAnEventWithoutItsRequiredFields(EventType type) {
        JsonNode schema = schemaJson(type);
        for (JsonNode required : schema.get("required")) {
            ObjectNode json = JSON.valueToTree(SAMPLES.get(type));
            json.remove(required.asText());

            assertThat(errors(type, json)).as("without %s", required.asText()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaPropertiesAreExactlyTheRecordComponents(EventType type) {
        Set<String> recordComponents = Arrays.stream(type.recordType().getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toSet());
        Set<String> schemaProperties = new HashSet<>();
        schemaJson(type).get("properties").fieldNames().forEachRemaining(schemaProperties::add);

        assertThat(schemaProperties).isEqualTo(recordComponents);
    }

    @Test
    void schemasRefuseValuesOutsideTheJavaEnums() {
        ObjectNode status = JSON.valueToTree(SAMPLES.get(EventType.BED_STATUS_REPORTED));
        status.put("light", "BLUE");
        ObjectNode profile = JSON.valueToTree(SAMPLES.get(EventType.UNIT_PROFILE_UPDATED));
        profile.put("kind", "HOTEL");

        assertThat(errors(EventType.BED_STATUS_REPORTED, status)).isNotEmpty();
        assertThat(errors(EventType.UNIT_PROFILE_UPDATED, profile)).isNotEmpty();
        assertThat(enumValues(EventType.UNIT_PROFILE_UPDATED, "kind")).containsExactlyElementsOf(
                Arrays.stream(UnitKind.values()).map(Enum::name).toList());
        assertThat(enumValues(EventType.BED_STATUS_REPORTED, "light")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Light.values()).map(Enum::name).toList());
    }

    @Test
    void aBatchIsCheckedReportByReportAgainstTheSingleReportsSchema() {
        ObjectNode batch = JSON.valueToTree(SAMPLES.get(EventType.BED_STATUS_BATCH_REPORTED));
        assertThat(errors(EventType.BED_STATUS_BATCH_REPORTED, batch)).isEmpty();

        ((ObjectNode) batch.get("reports").get(1)).put("light", "BLUE");
        assertThat(errors(EventType.BED_STATUS_BATCH_REPORTED, batch)).isNotEmpty();
        ((ObjectNode) batch.get("reports").get(1)).remove("light");
        ((ObjectNode) batch.get("reports").get(1)).put("bsn", "111222333");
        assertThat(errors(EventType.BED_STATUS_BATCH_REPORTED, batch)).isNotEmpty();
        batch.putArray("reports");
        assertThat(errors(EventType.BED_STATUS_BATCH_REPORTED, batch)).isNotEmpty();
    }

    @Test
    void placementRequestSchemaHasNoPlaceForNamesOrBsn() {
        JsonNode json = JSON.valueToTree(SAMPLES.get(EventType.PLACEMENT_REQUEST_UPDATED));
        ((ObjectNode) json).put("bsn", "111222333");

        assertThat(errors(EventType.PLACEMENT_REQUEST_UPDATED, json)).isNotEmpty();
        assertThat(schemaJson(EventType.PLACEMENT_REQUEST_UPDATED).toString())
                .doesNotContain("givenName\"", "familyName\"", "\"bsn\"");
    }

    @Test
    void asyncApiDescribesEveryTopicAndEveryEvent() throws IOException {
        JsonNode asyncApi;
        try (InputStream in = resource("/asyncapi/plekwijzer-events.asyncapi.yaml")) {
            asyncApi = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        Set<String> addresses = new HashSet<>();
        asyncApi.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Topic.values()).map(Topic::topicName).toList());

        String text = asyncApi.toString();
        for (EventType type : EventType.values()) {
            assertThat(text).contains(type.ceType());
            String schemaFile = type.schemaResource().substring("/schemas/".length());
            assertThat(text).contains("../schemas/" + schemaFile);
        }
    }

    @Test
    void everyReferenceInTheAsyncApiResolvesAndChannelsNameTheirMessagesByReference() throws IOException {
        JsonNode asyncApi;
        try (InputStream in = resource("/asyncapi/plekwijzer-events.asyncapi.yaml")) {
            asyncApi = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<String> references = new java.util.ArrayList<>();
        collectReferences(asyncApi, references);
        assertThat(references).isNotEmpty();
        for (String reference : references) {
            if (reference.startsWith("#/")) {
                assertThat(asyncApi.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
            } else {
                assertThat(EventContractsTest.class.getResource("/asyncapi/" + reference)).as(reference).isNotNull();
            }
        }
        asyncApi.get("channels").forEach(channel -> channel.get("messages").forEach(message ->
                assertThat(message.fieldNames()).toIterable().as(channel.get("address").asText()).containsExactly("$ref")));
        assertThat(asyncApi.get("components").get("messages").size())
                .isEqualTo(EventType.values().length + 1); // every event, and the dead letter
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, references));
        }
    }

    @Test
    void aProvidersOwnStatusTopicNamesItsProviderAndItsDeadLettersDoNot() {
        String topic = Topic.providerStatusTopic("98000001");

        assertThat(topic).isEqualTo("bed-status.v1.provider.98000001");
        assertThat(Topic.providerOfStatusTopic(topic)).contains("98000001");
        assertThat(Topic.providerOfStatusTopic(topic + ".dlq")).isEmpty();
        assertThat(Topic.providerOfStatusTopic("bed-status.v1")).isEmpty();
        assertThat(Topic.providerOfStatusTopic("bed-status.v1.dlq")).isEmpty();
    }

    @Test
    void eachEventTypeTravelsOnANonDeadLetterTopic() {
        for (EventType type : EventType.values()) {
            assertThat(type.topic().retention()).isNotEqualTo(Topic.Retention.DEAD_LETTERS);
            assertThat(EventType.byCeType(type.ceType())).contains(type);
        }
        assertThat(Topic.BED_AVAILABILITY.compacted()).isTrue();
        assertThat(Topic.BED_STATUS.compacted()).isFalse();
    }

    private static Set<ValidationMessage> errors(EventType type, JsonNode json) {
        JsonSchema schema = SCHEMAS.getSchema(schemaJson(type));
        return schema.validate(json);
    }

    private static List<String> enumValues(EventType type, String property) {
        JsonNode values = schemaJson(type).get("properties").get(property).get("enum");
        return java.util.stream.StreamSupport.stream(values.spliterator(), false)
                .filter(v -> !v.isNull()).map(JsonNode::asText).toList();
    }

    private static JsonNode schemaJson(EventType type) {
        try (InputStream in = resource(type.schemaResource())) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = EventContractsTest.class.getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    private static Map<EventType, Record> samples() {
        Map<EventType, Record> samples = new EnumMap<>(EventType.class);
        samples.put(EventType.BED_STATUS_REPORTED, new BedStatusReported(ID, "unit-zwanenhof-1", NOW, 1, 5, 0,
                Light.ORANGE, LightReason.AFTER_CONSULTATION, "one place on request", LocalDate.of(2026, 12, 1)));
        samples.put(EventType.BED_STATUS_BATCH_REPORTED, new BedStatusBatchReported(UUID.randomUUID(), List.of(
                (BedStatusReported) samples.get(EventType.BED_STATUS_REPORTED),
                new BedStatusReported(UUID.randomUUID(), "unit-zwanenhof-2", NOW, 0, 6, null, null, null, null, null))));
        samples.put(EventType.UNIT_PROFILE_UPDATED, new UnitProfileUpdated("unit-zwanenhof-1", "98000001",
                "Jeugdhulp Spaarne", "Gezinshuis Zwanenhof", UnitKind.FAMILY_HOME, "44", 6, 4, 17,
                Set.of(Gender.F, Gender.M), Set.of(Domain.PARENTING_SUPPORT), Set.of("TRAUMA"), false,
                new BigDecimal("200"), new BigDecimal("4.76"), "MEDIUM", false, true, "GM0394", "2132AB",
                52.30, 4.69, 24, NOW, Set.of(StayLength.SHORT, StayLength.LONG), true,
                new UnitProfileUpdated.BackupPool("Bovenregionaal crisisbed Oost", Set.of("TWENTE", "ACHTERHOEK")), true));
        samples.put(EventType.AMBULANT_PROGRAMME_UPDATED, new AmbulantProgrammeUpdated("mst-hengelo", "98000001",
                "Jeugdhulp Spaarne", "MST Hengelo", AmbulantProgrammeType.MST, 12, 18, Set.of(Domain.MENTAL_HEALTH),
                Set.of("GM0164", "GM0153"), 4, true, NOW));
        samples.put(EventType.UNIT_AVAILABILITY_CHANGED, new UnitAvailabilityChanged("unit-zwanenhof-1",
                "98000001", UnitKind.FAMILY_HOME, 6, 1, 5, 0, Light.ORANGE, LightReason.STAFFING, null, null, NOW, NOW, false));
        samples.put(EventType.UNIT_WENT_STALE, new UnitWentStale(UUID.randomUUID(), "unit-zwanenhof-1", "98000001", NOW.minusHours(25),
                24, NOW));
        samples.put(EventType.PLACEMENT_REQUEST_UPDATED, new PlacementRequestUpdated(ID, PSEUDONYM,
                PlacementRequestUpdated.Status.OPEN, 14, Gender.F, "2031", "GM0392", "GM0392",
                new PlacementRequestUpdated.Needs(Set.of(Domain.MENTAL_HEALTH), Set.of(UnitKind.FAMILY_HOME,
                        UnitKind.FOSTER_CARE), new BigDecimal("5.00"), true, Set.of("TRAUMA"), Urgency.URGENT,
                        LocalDate.of(2026, 12, 1), false, "2032", 40, true,
                        new PlacementRequestUpdated.ShortStay(2, ShortStayRhythm.FORTNIGHTLY), true),
                null, "0b6c5e2a-7a43-4c1e-9a55-1f2d3c4b5a69", NOW, NOW, null, IntendedDestination.HOME, false, LocalDate.of(2027, 5, 31),
                ReferrerType.WIJKTEAM, "ACHTERHOEK", java.time.YearMonth.of(2030, 4)));
        samples.put(EventType.WAITLIST_ENTRY_CHANGED, new WaitlistEntryChanged(UUID.randomUUID(), WaitlistEntryChanged.Change.ADDED,
                "98000002", "W-1043", null, LINKAGE, UnitKind.TREATMENT_GROUP, "GM0392",
                LocalDate.of(2026, 9, 14), NOW));
        samples.put(EventType.MATCH_SUGGESTIONS_UPDATED, new MatchSuggestionsUpdated(ID, NOW,
                List.of(new MatchSuggestionsUpdated.Suggestion(1, "unit-zwanenhof-1", "98000001",
                        UnitKind.FAMILY_HOME, new BigDecimal("0.87"), new BigDecimal("12.4"), 1, false)),
                Map.of("AGE_OUT_OF_RANGE", 3)));
        samples.put(EventType.REGIONAL_WAITLIST_ENTRY_UPDATED, new RegionalWaitlistEntryUpdated("c-17",
                UnitKind.TREATMENT_GROUP, "GM0392",
                List.of(new RegionalWaitlistEntryUpdated.Member("98000002", "W-1043", LocalDate.of(2026, 9, 14)),
                        new RegionalWaitlistEntryUpdated.Member("98000003", "77", LocalDate.of(2026, 10, 2))),
                RegionalWaitlistEntryUpdated.LinkConfidence.LINKED, new BigDecimal("14.2"), null, false, NOW));
        samples.put(EventType.PLACEMENT_EVENT, new PlacementEvent(ID, PlacementEvent.Type.PROPOSED, UUID.randomUUID(),
                ID, "unit-zwanenhof-1", "98000001", false, null, NOW, null, null, null, false));
        samples.put(EventType.UNMET_NEED_RECORDED, new UnmetNeedRecorded(UUID.randomUUID(), ID, Urgency.CRISIS,
                Set.of(UnitKind.CRISIS_BED), "GM0153", Map.of("NO_PLACE_AVAILABLE", 4, "AGE_OUT_OF_RANGE", 2), NOW));
        samples.put(EventType.DASHBOARD_STATS_UPDATED, new DashboardStatsUpdated("GM0153", NOW,
                new java.util.HashMap<>(Map.of("availablePlaces", 12L, "waitingYouths", 31L))));
        assertThat(samples.keySet()).containsExactlyInAnyOrder(EventType.values());
        return samples;
    }
}
