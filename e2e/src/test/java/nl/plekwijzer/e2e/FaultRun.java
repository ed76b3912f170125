package nl.plekwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Faults under load (docs/reliability.md). Not part of the build: {@code ./mvnw -o -B verify -pl e2e -Pfaults}
 * starts the stack with {@code run-local.sh --supervise} (a process that dies is started again, as
 * Kubernetes restarts a container), keeps status reports (batches and single), intake forms and
 * waiting lists going, and meanwhile SIGKILLs each service in turn, then PostgreSQL, then the
 * launcher with the broker in it. Clients do what a careful client does: send again what was not acknowledged, with the
 * same eventIds and Idempotency-Key, after {@code Retry-After}. Afterwards it checks that every
 * acknowledged write is there exactly once, that the waiting lists are the last acknowledged ones,
 * that matching's suggestions and the regional list equal a ranking and a link from scratch, and
 * that no dead-letter topic holds anything. The figures go to {@code target/faults/report.md}.
 */
@ExtendWith(Stack.class)
class FaultRun {

    private static final String STATUS_PROVIDER = "98000001";
    private static final String WAITLIST_PROVIDER = "98000002";
    private static final String MUNICIPALITY = "GM0193";
    private static final int UNITS = 20;
    private static final int REPORTS_PER_BATCH = 20;
    private static final Duration LOAD_BEFORE_EACH_FAULT = Duration.ofSeconds(20);
    private static final List<String> SERVICES = List.of("availability-service", "intake-service", "matching-service",
            "notification-service");
    private static final Map<String, Integer> PORTS = Map.of("availability-service", 8081, "intake-service", 8082,
            "matching-service", 8083, "notification-service", 8084);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> units = IntStream.range(0, UNITS).mapToObj(i -> "fault-" + run + "-" + i).toList();

    // What was acknowledged, and how often a client had to send again.
    private final Set<UUID> acknowledgedReports = ConcurrentHashMap.newKeySet();
    private final Map<String, String> acknowledgedForms = new ConcurrentHashMap<>();
    private volatile List<String> acknowledgedWaitlist = List.of();
    private final AtomicLong waitlistUploads = new AtomicLong();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final List<String> recoveries = Collections.synchronizedList(new ArrayList<>());

    @Test
    void nothingAcknowledgedIsLostOrDoubledWhenEachPartIsKilledUnderLoad() throws Exception {
        Api statusProvider = Api.asProvider(STATUS_PROVIDER);
        for (String unit : units) {
            statusProvider.registerUnit(unit, "Groep " + unit, "TREATMENT_GROUP", 8, 12, MUNICIPALITY);
        }
        String referrer = Api.asUser("referrer").bearer();
        String waitlistProvider = Api.asProvider(WAITLIST_PROVIDER).bearer();
        List<Thread> clients = List.of(new Thread(() -> statusLoad(statusProvider.bearer()), "status-1"),
                new Thread(() -> statusLoad(statusProvider.bearer()), "status-2"),
                new Thread(() -> formLoad(referrer), "forms"),
                new Thread(() -> waitlistLoad(waitlistProvider), "waitlists"));
        clients.forEach(Thread::start);

        for (String target : System.getProperty("e2e.faults", "availability-service,intake-service,matching-service,"
                + "notification-service,PostgreSQL, then Kafka").split(",(?! then)")) {
            Thread.sleep(LOAD_BEFORE_EACH_FAULT.toMillis());
            kill(target);
        }
        Thread.sleep(LOAD_BEFORE_EACH_FAULT.toMillis());
        loading.set(false);
        for (Thread client : clients) {
            client.join(Duration.ofMinutes(3).toMillis());
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("status reports acknowledged", acknowledgedReports.size());
        figures.put("intake forms acknowledged", acknowledgedForms.size());
        figures.put("waiting-list uploads acknowledged", waitlistUploads.get());
        figures.put("answers (status code: count)", new TreeMap<>(answers));

        // Every acknowledged status report applied exactly once, once the consumer caught up.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> count("availability", "SELECT count(DISTINCT event_id) FROM status_event WHERE event_id = ANY(?)",
                        (Object) acknowledgedReports.toArray(new UUID[0])) == acknowledgedReports.size());
        // ...and every service's outbox has reached the broker, so what matching serves has stopped changing.
        for (String database : List.of("availability", "intake", "matching")) {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> count(database, "SELECT count(*) FROM outbox") == 0);
        }
        long statusRows = count("availability", "SELECT count(*) FROM status_event WHERE unit_id = ANY(?)",
                (Object) units.toArray(new String[0]));
        figures.put("status reports stored (rows)", statusRows);
        // Forms: one request per acknowledged key, and each answer's request stored.
        long formRequests = count("intake", "SELECT count(DISTINCT request_id) FROM submission_key WHERE idempotency_key = ANY(?)",
                (Object) acknowledgedForms.keySet().toArray(new String[0]));
        long storedRequests = count("intake", "SELECT count(*) FROM placement_request WHERE request_id = ANY(?)",
                (Object) acknowledgedForms.values().stream().map(UUID::fromString).toArray(UUID[]::new));
        figures.put("intake requests stored for the acknowledged forms", storedRequests);
        List<String> storedWaitlist = strings("intake",
                "SELECT provider_entry_id FROM waitlist_entry WHERE provider_id = ? ORDER BY provider_entry_id", WAITLIST_PROVIDER);
        figures.put("waiting list as last acknowledged", storedWaitlist.equals(sorted(acknowledgedWaitlist)));

        // Derived state: what matching serves now equals what it makes from scratch.
        Api coordinator = Api.asUser("coordinator");
        Api admin = Api.asUser("admin");
        List<String> sample = acknowledgedForms.values().stream().sorted().limit(10).toList();
        // Matching may still be applying the last snapshots: read once its consumers have caught up and it stopped changing.
        long catchingUpStarted = System.nanoTime();
        Map<String, List<String>> suggestionsBefore;
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> matchingLag() == 0);
            figures.put("matching caught up with the state topics after the load (s)", "%.1f".formatted(seconds(catchingUpStarted)));
            suggestionsBefore = settled(() -> suggestions(coordinator, sample));
        } finally {
            keepThreads("matching-service");
        }
        Map<String, List<String>> regionalBefore = regionalList(coordinator);
        long restartStarted = System.nanoTime();
        signal("matching-service", "TERM");
        awaitReady("matching-service");
        figures.put("matching ready after a restart (s)", "%.1f".formatted(seconds(restartStarted)));
        Map<String, List<String>> suggestionsFromScratch = suggestions(coordinator, sample);
        admin.call("POST", Stack.matching() + "/api/v1/waitlist/relink", null, 200);
        Map<String, List<String>> regionalFromScratch = regionalList(coordinator);
        figures.put("suggestions equal a ranking from scratch", suggestionsBefore.equals(suggestionsFromScratch)
                ? "true (" + sample.size() + " requests)" : "false: before " + suggestionsBefore + ", from scratch " + suggestionsFromScratch);
        figures.put("regional list equals a link from scratch", regionalBefore.equals(regionalFromScratch));
        if (!suggestionsBefore.equals(suggestionsFromScratch)) {
            figures.put("units: availability-service | topic, newest occurredAt | topic, last record | records out of order",
                    unitsAsStored());
        }

        Map<String, Long> deadLetters = deadLetters();
        figures.put("records in dead-letter topics", deadLetters);

        writeReport(figures);

        assertThat(statusRows).as("status rows for the acknowledged reports").isEqualTo(acknowledgedReports.size());
        assertThat(formRequests).as("requests for the acknowledged forms").isEqualTo(acknowledgedForms.size());
        assertThat(storedRequests).isEqualTo(acknowledgedForms.size());
        assertThat(storedWaitlist).isEqualTo(sorted(acknowledgedWaitlist));
        assertThat(suggestionsFromScratch).isEqualTo(suggestionsBefore);
        assertThat(regionalFromScratch).isEqualTo(regionalBefore);
        assertThat(deadLetters.values().stream().mapToLong(Long::longValue).sum()).as("dead letters").isZero();
    }

    // ---------- the clients

    private void statusLoad(String token) {
        while (loading.get()) {
            List<Map<String, Object>> reports = new ArrayList<>();
            for (int i = 0; i < REPORTS_PER_BATCH; i++) {
                int occupied = ThreadLocalRandom.current().nextInt(0, 9);
                reports.add(Map.of("eventId", UUID.randomUUID().toString(),
                        "unitId", units.get(ThreadLocalRandom.current().nextInt(UNITS)),
                        "occurredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                        "availablePlaces", 8 - occupied, "occupiedPlaces", occupied));
            }
            if (ThreadLocalRandom.current().nextInt(5) == 0) {
                Map<String, Object> single = new HashMap<>(reports.get(0));
                String unit = (String) single.remove("unitId");
                untilAcknowledged("POST", Stack.availability() + "/api/v1/units/" + unit + "/status", token, single, null);
                acknowledgedReports.add(UUID.fromString((String) single.get("eventId")));
            } else {
                untilAcknowledged("POST", Stack.availability() + "/api/v1/status-reports", token, Map.of("reports", reports), null);
                reports.forEach(r -> acknowledgedReports.add(UUID.fromString((String) r.get("eventId"))));
            }
            pause(50);
        }
    }

    private void formLoad(String token) {
        while (loading.get()) {
            String key = "fault-" + run + "-" + acknowledgedForms.size();
            JsonNode answer = untilAcknowledged("POST", Stack.intake() + "/api/v1/placement-requests", token, form(), key);
            acknowledgedForms.put(key, answer.get("requestId").asText());
            pause(400);
        }
    }

    private void waitlistLoad(String token) {
        List<String> all = IntStream.range(0, 40).mapToObj(i -> "F-" + i).toList();
        while (loading.get()) {
            List<String> ids = all.stream().filter(id -> ThreadLocalRandom.current().nextInt(4) > 0).toList();
            List<Map<String, Object>> entries = ids.stream().map(id -> Map.<String, Object> of("providerEntryId", id,
                    "givenName", "Kind", "familyName", "Fout" + id.substring(2), "birthDate", "2012-03-0" + (1 + id.length() % 9),
                    "gender", "F", "postcode", "7511 AB", "municipalityCode", MUNICIPALITY, "careFunction", "TREATMENT_GROUP",
                    "registeredOn", "2026-10-01")).toList();
            untilAcknowledged("PUT", Stack.intake() + "/api/v1/providers/" + WAITLIST_PROVIDER + "/waitlist", token,
                    Map.of("entries", entries), null);
            acknowledgedWaitlist = ids;
            waitlistUploads.incrementAndGet();
            pause(2_000);
        }
    }

    /** Sends until a 2xx: again after Retry-After on 429/503, after a second on anything else that failed. */
    private JsonNode untilAcknowledged(String method, String url, String token, Object body, String idempotencyKey) {
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body)));
                if (idempotencyKey != null) {
                    request.header("Idempotency-Key", idempotencyKey);
                }
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                answers.computeIfAbsent(String.valueOf(answer.statusCode()), k -> new AtomicLong()).incrementAndGet();
                if (answer.statusCode() / 100 == 2) {
                    return answer.body().isEmpty() ? Api.JSON.nullNode() : Api.JSON.readTree(answer.body());
                }
                if (answer.statusCode() / 100 == 4 && answer.statusCode() != 429) {
                    throw new AssertionError(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
                }
                pause(1_000L * answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
            } catch (IOException e) {
                answers.computeIfAbsent("no answer", k -> new AtomicLong()).incrementAndGet();
                pause(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Map<String, Object> form() {
        return Map.of(
                "youth", Map.of("bsn", Api.randomBsn(), "givenName", "Fenna", "familyName", "Storing",
                        "birthDate", "2012-05-01", "gender", "F", "postcode", "7511 AB", "municipalityCode", MUNICIPALITY),
                "responsibleMunicipalityCode", MUNICIPALITY,
                "referrer", Map.of("type", "WIJKTEAM", "organisation", "Wijkteam Enschede", "name", "Els",
                        "email", "els@example.org"),
                "needs", Map.of("domains", List.of("PARENTING_SUPPORT"), "acceptableKinds", List.of("TREATMENT_GROUP"),
                        "urgency", "REGULAR", "neededFrom", LocalDate.now().plusDays(7).toString(), "confidential", false),
                "decision", Map.of("reference", "B-F-1", "validUntil", LocalDate.now().plusMonths(6).toString()),
                "consent", true);
    }

    // ---------- the faults

    /** SIGKILLs the target, then measures how long until everything is ready and a new report is visible. */
    private void kill(String target) throws Exception {
        long started = System.nanoTime();
        if (SERVICES.contains(target)) {
            signal(target, "KILL");
        } else {
            // PostgreSQL first, on its own (a crash: it recovers from its log on the next start), and
            // while the services still work against it; then the launcher, with the broker in it, so
            // that the supervisor starts both again.
            String postmaster = Files.readAllLines(Stack.stateDir().resolve("postgres-data").resolve("postmaster.pid")).get(0);
            run("kill", "-KILL", postmaster.trim());
            Thread.sleep(5_000);
            run("pkill", "-KILL", "-f", "nl.plekwijzer.devstack.LocalStack " + Stack.stateDir());
        }
        for (String service : SERVICES) {
            awaitReady(service);
        }
        double ready = seconds(started);
        String unit = units.get(0);
        Api provider = Api.asProvider(STATUS_PROVIDER);
        Instant probe = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID probeId = UUID.randomUUID();
        untilAcknowledged("POST", Stack.availability() + "/api/v1/units/" + unit + "/status", provider.bearer(),
                Map.of("eventId", probeId.toString(), "occurredAt", probe.toString(), "availablePlaces", 3,
                        "occupiedPlaces", 5), null);
        acknowledgedReports.add(probeId);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode list = provider.get(Stack.availability() + "/api/v1/availability?unitId=" + unit);
            return list.size() == 1 && !Instant.parse(list.get(0).get("lastReportedAt").asText()).isBefore(probe);
        });
        recoveries.add("| kill -9 " + target + " | " + "%.1f".formatted(ready) + " | " + "%.1f".formatted(seconds(started)) + " |");
    }

    /** The service's threads next to the report: where its time went if it had not caught up. */
    private void keepThreads(String service) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "faults"));
            Files.writeString(dir.resolve(service + "-threads.txt"), run("jcmd", pidOf(service), "Thread.print"));
        } catch (Exception | AssertionError e) {
            System.err.println("Threads of " + service + " not kept: " + e); // never hides what failed before
        }
    }

    /** How many records of its state topics matching has yet to read, from its consumers' own metrics. */
    private long matchingLag() throws Exception {
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + (PORTS.get("matching-service") + Stack.portOffset()) + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Pattern stateLag = java.util.regex.Pattern.compile(
                "kafka_consumer_fetch_manager_records_lag\\{.*topic=\"(bed-availability|placement-requests)\\.v1\".*");
        List<Double> lags = metrics.body().lines().filter(line -> stateLag.matcher(line).matches())
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).toList();
        // No figure yet, or one not known (NaN): not caught up.
        return lags.isEmpty() || lags.stream().anyMatch(lag -> lag.isNaN()) ? Long.MAX_VALUE
                : lags.stream().mapToLong(Double::longValue).sum();
    }

    private String pidOf(String service) throws Exception {
        String pid = run("sh", "-c", "ss -Hltnp 'sport = :" + (PORTS.get(service) + Stack.portOffset())
                + "' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2").trim();
        assertThat(pid).as("pid of " + service).isNotEmpty();
        return pid;
    }

    private void signal(String service, String signal) throws Exception {
        run("kill", "-" + signal, pidOf(service));
    }

    private void awaitReady(String service) {
        String url = "http://127.0.0.1:" + (PORTS.get(service) + Stack.portOffset()) + "/q/health/ready";
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() ->
                http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    // ---------- the checks

    private Map<String, List<String>> suggestions(Api coordinator, List<String> requestIds) {
        Map<String, List<String>> units = new TreeMap<>();
        for (String requestId : requestIds) {
            List<String> ids = new ArrayList<>();
            coordinator.get(Stack.matching() + "/api/v1/placement-requests/" + requestId + "/suggestions")
                    .path("suggestions").forEach(s -> ids.add(s.path("unitId").asText() + ":" + s.path("availablePlaces").asInt()));
            units.put(requestId, ids);
        }
        return units;
    }

    /** What {@code read} gives once two reads three seconds apart agree. */
    private static <T> T settled(java.util.function.Supplier<T> read) {
        Object[] last = { read.get() };
        await().atMost(Duration.ofMinutes(3)).pollDelay(Duration.ofSeconds(3)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            T now = read.get();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
        @SuppressWarnings("unchecked")
        T value = (T) last[0];
        return value;
    }

    /** Cluster id to its members (provider and entry), sorted. */
    private static Map<String, List<String>> regionalList(Api coordinator) {
        Map<String, List<String>> clusters = new TreeMap<>();
        coordinator.get(Stack.matching() + "/api/v1/waitlist").path("entries").forEach(entry -> {
            List<String> members = new ArrayList<>();
            entry.path("members").forEach(m -> members.add(m.path("providerId").asText() + "/" + m.path("providerEntryId").asText()));
            clusters.put(entry.path("clusterId").asText() + "|" + entry.path("careFunction").asText(), sorted(members));
        });
        return clusters;
    }

    /** Per unit: what availability-service holds, and what bed-availability.v1 gives newest-first and last. */
    private Map<String, String> unitsAsStored() {
        Map<String, String> stored = new TreeMap<>();
        for (String unit : units) {
            stored.put(unit, strings("availability", "SELECT available_places || '@' || occurred_at FROM unit_status WHERE unit_id = ?",
                    unit).toString());
        }
        Map<String, JsonNode> newest = new HashMap<>();
        Map<String, JsonNode> last = new HashMap<>();
        Map<String, Integer> outOfOrder = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor("bed-availability.v1").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            stored.put("(partition starts)", consumer.beginningOffsets(partitions).toString());
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofSeconds(1)).forEach(record -> {
                    if (record.value() == null || !units.contains(record.key())) {
                        return;
                    }
                    try {
                        JsonNode snapshot = Api.JSON.readTree(record.value());
                        Instant at = Instant.parse(snapshot.path("occurredAt").asText());
                        JsonNode known = newest.get(record.key());
                        if (known != null && Instant.parse(known.path("occurredAt").asText()).isAfter(at)) {
                            outOfOrder.merge(record.key(), 1, Integer::sum);
                        } else {
                            newest.put(record.key(), snapshot);
                        }
                        last.put(record.key(), snapshot);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        for (String unit : units) {
            stored.merge(unit, " | " + places(newest.get(unit)) + " | " + places(last.get(unit)) + " | "
                    + outOfOrder.getOrDefault(unit, 0), String::concat);
        }
        return stored;
    }

    private static String places(JsonNode snapshot) {
        return snapshot == null ? "-" : snapshot.path("availablePlaces").asInt() + "@" + snapshot.path("occurredAt").asText();
    }

    /** A consumer of the local broker without a group, reading strings. */
    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + (9092 + Stack.portOffset()));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    private static Map<String, Long> deadLetters() {
        Map<String, Long> counts = new TreeMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(30)).entrySet().stream()
                    .filter(e -> e.getKey().endsWith(".dlq"))
                    .flatMap(e -> e.getValue().stream().map(p -> new TopicPartition(p.topic(), p.partition())))
                    .toList();
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            consumer.endOffsets(partitions).forEach((partition, end) ->
                    counts.merge(partition.topic(), end - beginning.get(partition), Long::sum));
        }
        return counts;
    }

    private void writeReport(Map<String, Object> figures) throws IOException {
        StringBuilder report = new StringBuilder("| fault | all services ready (s) | a new report visible (s) |\n|---|---|---|\n");
        recoveries.forEach(line -> report.append(line).append('\n'));
        report.append("\n| check | figure |\n|---|---|\n");
        figures.forEach((name, value) -> report.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        Path file = Path.of("target", "faults", "report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private static long count(String database, String query, Object... parameters) {
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            ResultSet result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static List<String> strings(String database, String query, String parameter) {
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            ResultSet result = statement.executeQuery();
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + (5433 + Stack.portOffset()) + "/" + database,
                "postgres", "postgres");
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().collect(Collectors.toList());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
