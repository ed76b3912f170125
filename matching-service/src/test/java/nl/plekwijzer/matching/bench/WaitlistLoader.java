package nl.plekwijzer.matching.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.LinkageKeys;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;
import nl.plekwijzer.matching.waitlist.Member;
import nl.plekwijzer.matching.waitlist.linkage.LinkRecord;
import nl.plekwijzer.matching.waitlist.linkage.SyntheticWaitlists;

/**
 * End to end on a running stack: loads about 100,000 synthetic waiting-list entries from 60
 * providers onto waitlist-entries.v2 as intake-service publishes them, waits until matching-service
 * has them all, then replaces one provider's list of 500 several times (500 entries removed, 500
 * others added: 1,000 events) and measures from the first event sent until the regional list is
 * linked, stored and published again. Args: bootstrap, matching base URL, a coordinator's token.
 */
public final class WaitlistLoader {

    private static final String MUNICIPALITY = "GM0363";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WaitlistLoader() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String matching = args[1];
        String token = args[2];
        // Rounds from this number on; above 1 the entries are taken to be loaded (and rounds before it done).
        int firstRound = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        List<SyntheticWaitlists.Entry> entries = new SyntheticWaitlists(7).generate(40_000, 60, 0.40);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            if (firstRound == 1) {
                long start = System.nanoTime();
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (SyntheticWaitlists.Entry entry : entries) {
                    sent.add(send(producer, WaitlistEntryChanged.Change.ADDED, entry.member(), entry,
                            UnitKind.FAMILY_HOME));
                }
                for (Future<RecordMetadata> future : sent) {
                    future.get();
                }
                System.out.printf("sent %,d entries in %,d ms%n", entries.size(),
                        (System.nanoTime() - start) / 1_000_000);
                awaitRaw(matching, token, UnitKind.FAMILY_HOME, entries.size(), 1000);
                System.out.printf("all %,d in matching after %,d ms%n", entries.size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            String anyCluster = JSON.readTree(get(matching + "/api/v1/waitlist", token)).get("entries").get(0)
                    .get("clusterId").asText();

            Random random = new Random(3);
            int familyHome = entries.size() - 500 * (firstRound - 1);
            int treatmentGroup = 500 * (firstRound - 1);
            for (int round = firstRound; round < firstRound + 5; round++) {
                String provider = String.valueOf(98000000 + round);
                List<String> leaving = new ArrayList<>();
                for (SyntheticWaitlists.Entry entry : entries) {
                    if (entry.member().startsWith(provider + "/") && leaving.size() < 500) {
                        leaving.add(entry.member());
                    }
                }
                long replaceStart = System.nanoTime();
                List<Future<RecordMetadata>> replaced = new ArrayList<>();
                for (String member : leaving) {
                    replaced.add(send(producer, WaitlistEntryChanged.Change.REMOVED, member, null, null));
                }
                for (int i = 0; i < 500; i++) {
                    // Other youths, written down again, now on this provider's list for another care function.
                    SyntheticWaitlists.Entry other = entries.get(random.nextInt(entries.size()));
                    replaced.add(send(producer, WaitlistEntryChanged.Change.ADDED,
                            provider + "/round-" + round + "-" + i, other, UnitKind.TREATMENT_GROUP));
                }
                for (Future<RecordMetadata> future : replaced) {
                    future.get();
                }
                long sentMillis = (System.nanoTime() - replaceStart) / 1_000_000;
                familyHome -= leaving.size();
                treatmentGroup += 500;
                awaitRaw(matching, token, UnitKind.FAMILY_HOME, familyHome, 100);
                awaitRaw(matching, token, UnitKind.TREATMENT_GROUP, treatmentGroup, 100);
                // Reading a cluster waits for a link run in progress: after it, the run is stored and published.
                get(matching + "/api/v1/waitlist/clusters/" + anyCluster, token);
                long linkedMillis = (System.nanoTime() - replaceStart) / 1_000_000;
                System.out.printf("round %d: %d removed + 500 added, sent in %d ms, linked and published after %d ms%n",
                        round, leaving.size(), sentMillis, linkedMillis);
                Thread.sleep(2000);
            }
        }
    }

    private static Future<RecordMetadata> send(KafkaProducer<String, String> producer, WaitlistEntryChanged.Change change,
            String member, SyntheticWaitlists.Entry entry, UnitKind careFunction) throws Exception {
        String providerId = Member.providerIdOf(member);
        String entryId = Member.providerEntryIdOf(member);
        LinkageKeys keys = entry == null ? null : entry.keys();
        LinkRecord record = entry == null ? null : entry.record();
        WaitlistEntryChanged event = new WaitlistEntryChanged(UUID.randomUUID(), change, providerId, entryId,
                record == null || record.pseudonym() == null ? null : sha256(record.pseudonym()), keys, careFunction, record == null ? null : MUNICIPALITY,
                record == null ? null : LocalDate.of(2026, 9, 1), OffsetDateTime.now());
        return producer.send(new ProducerRecord<>("waitlist-entries.v2", providerId, JSON.writeValueAsString(event)));
    }

    /** The synthetic pseudonyms, made to look like intake's (64 hex digits). */
    private static String sha256(String pseudonym) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(pseudonym.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static void awaitRaw(String matching, String token, UnitKind careFunction, int expected, long pauseMillis)
            throws Exception {
        while (true) {
            JsonNode counts = JSON.readTree(get(matching + "/api/v1/waitlist/stats?municipalityCode=" + MUNICIPALITY,
                    token)).get("counts");
            for (JsonNode count : counts) {
                if (count.get("careFunction").asText().equals(careFunction.name()) && count.get("raw").asInt() == expected) {
                    return;
                }
            }
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
        }
    }

    private static String get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
