package nl.plekwijzer.matching.bench;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.plekwijzer.contracts.ReferrerType;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.UnitView;

/**
 * Loads the synthetic national data set into a running stack, as availability-service and
 * intake-service would publish it: {@code <bootstrap> <units> <requests>}. Request i has id
 * {@code 00000000-0000-0000-0000-<i in 12 hex digits>} and the demo referrer as its referrer.
 * Homes are the centroids of the demo municipalities (the table shipped with matching-service).
 */
public final class RegionLoader {

    private RegionLoader() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        int unitCount = args.length > 1 ? Integer.parseInt(args[1]) : EngineBenchmark.UNITS;
        int requestCount = args.length > 2 ? Integer.parseInt(args[2]) : EngineBenchmark.REQUESTS;
        String referrerId = args.length > 3 ? args[3] : "referrer";
        List<String> municipalities = demoMunicipalities();

        SyntheticRegion region = new SyntheticRegion(20261122);
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        OffsetDateTime now = OffsetDateTime.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (UnitView unit : region.units(unitCount)) {
                var profile = new UnitProfileUpdated(unit.unitId(), unit.providerId(), "Provider " + unit.providerId(),
                        unit.name(), unit.kind(), "43", 6, unit.ageMin(), unit.ageMax(), unit.genders(), unit.domains(),
                        unit.specialties(), unit.treatmentOnSite(), null, unit.stayIntensity(), null,
                        unit.acceptsCrisis(), unit.acceptsConfidential(), unit.municipalityCode(), null,
                        unit.location().latitude(), unit.location().longitude(), 24, now, unit.stayLengths(),
                        unit.acceptsFamilyAdmission(), null, false);
                var availability = new UnitAvailabilityChanged(unit.unitId(), unit.providerId(), unit.kind(), 6,
                        Math.min(6, unit.availablePlaces()), 6 - Math.min(6, unit.availablePlaces()), 0, unit.light(),
                        null, null, null, now, now, unit.stale());
                sent.add(producer.send(new ProducerRecord<>("unit-profiles.v1", unit.unitId(),
                        json.writeValueAsString(profile))));
                sent.add(producer.send(new ProducerRecord<>("bed-availability.v1", unit.unitId(),
                        json.writeValueAsString(availability))));
            }
            int i = 0;
            for (RequestView request : region.requests(requestCount)) {
                String municipality = municipalities.get(i++ % municipalities.size());
                var needs = new PlacementRequestUpdated.Needs(request.domains(), request.acceptableKinds(),
                        request.stayIntensityMax(), request.treatmentNeeded(), request.specialties(), request.urgency(),
                        request.neededFrom(), request.confidential(), null, request.maxDistanceKm(),
                        request.ambulantAlternativeAllowed(), request.shortStayNights() == null ? null
                                : new PlacementRequestUpdated.ShortStay(request.shortStayNights(), null),
                        request.familyAdmission());
                var event = new PlacementRequestUpdated(request.requestId(), request.youthPseudonym(),
                        PlacementRequestUpdated.Status.OPEN, request.ageYears(), request.gender(), "2032", municipality,
                        municipality, needs, null, referrerId,
                        request.submittedAt(), request.submittedAt(), null, null, false, null, ReferrerType.WIJKTEAM,
                        null, null);
                sent.add(producer.send(new ProducerRecord<>("placement-requests.v2", request.requestId().toString(),
                        json.writeValueAsString(event))));
            }
            for (Future<RecordMetadata> ack : sent) {
                ack.get();
            }
            System.out.printf("Sent %d units (profile and availability) and %d requests%n", unitCount, requestCount);
        }
    }

    private static List<String> demoMunicipalities() throws Exception {
        List<String> codes = new ArrayList<>();
        try (var lines = new java.io.BufferedReader(new InputStreamReader(
                RegionLoader.class.getResourceAsStream("/centroids/municipalities.csv"), StandardCharsets.UTF_8))) {
            lines.lines().filter(l -> l.startsWith("GM")).forEach(l -> codes.add(l.substring(0, 6)));
        }
        return codes;
    }
}
