package nl.plekwijzer.availability.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Benchmark, not a test: pushes status reports through availability-service's REST API at a fixed
 * rate and measures how many are accepted per second and how long it takes from the POST to the
 * new state being readable from {@code GET /api/v1/availability}. Run it against a running stack
 * ({@code ./run-local.sh}); see docs/benchmarks.md.
 *
 * <pre>
 * ./mvnw -q -pl availability-service test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.plekwijzer.availability.bench.StatusLoadGenerator -Dexec.args="2000 30 200"
 * </pre>
 * Arguments: reports per second, seconds, number of units, reports per request (1: one
 * {@code POST /units/{id}/status} each; more: {@code POST /status-reports} batches). About five
 * requests a second have their first report followed until it is visible.
 */
public final class StatusLoadGenerator {

    private static final String SERVICE = System.getProperty("service", "http://127.0.0.1:8081");
    private static final String TOKEN_URL = System.getProperty("tokenUrl",
            "http://127.0.0.1:8180/realms/plekwijzer/protocol/openid-connect/token");
    private static final String PROVIDER = "98000001";
    /**
     * About five requests a second are followed until visible, each polled every 50 ms in its first
     * second and every 250 ms after that (so a time above a second is measured to about 250 ms):
     * following one in 50 (and every batch) every 20 ms made hundreds of reads a second, load that
     * the service then measured.
     */
    private static final int PROBES_PER_SECOND = 5;
    private static final int PROBE_POLL_MILLIS = 50;
    private static final int LATE_PROBE_POLL_MILLIS = 250;

    private static final int CONNECTIONS = Integer.getInteger("connections", 256);

    /** For registering the units before the run. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * For the run itself: Vert.x over a pool of keep-alive connections. The JDK client took about
     * 1 ms of CPU per request, 40% of this shared 2-core box at 400 requests/s; a provider system
     * does not run on the service's machine. A request that finds every connection busy waits in
     * the client, and its latency counts from when it was due, so that waiting is measured too.
     */
    private final Vertx vertx = Vertx.vertx();
    private final io.vertx.core.http.HttpClient load = vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5000).setIdleTimeout(60),
            new PoolOptions().setHttp1MaxSize(CONNECTIONS).setMaxWaitQueueSize(-1));
    private final URI service = URI.create(SERVICE);
    private final String token;
    private final Map<Integer, AtomicLong> statusCounts = new ConcurrentHashMap<>();
    private final List<Long> acceptLatencyMicros = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> visibleLatencyMicros = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> refusedLatencyMicros = Collections.synchronizedList(new ArrayList<>());
    /** From the request being written on a connection to its 429: the service's part, without waiting for a connection. */
    private final List<Long> refusedOnTheWireMicros = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> acceptedAfterBackOffMicros = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong probesLost = new AtomicLong();
    private final AtomicInteger probesPending = new AtomicInteger();
    private int probeEvery = 1;

    private StatusLoadGenerator(String token) {
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int unitCount = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int perRequest = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        StatusLoadGenerator generator = new StatusLoadGenerator(fetchToken());
        List<String> units = generator.registerUnits(unitCount);
        generator.run(units, rate, seconds, perRequest);
    }

    private List<String> registerUnits(int count) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String unitId = "bench-" + run + "-" + i;
            String profile = """
                    {"providerId":"%s","providerName":"Benchmark","name":"Bench %d","kind":"RESIDENTIAL_GROUP",
                     "places":100,"ageMin":12,"ageMax":18,"genders":["F","M"],"domains":["PARENTING_SUPPORT"],
                     "municipalityCode":"GM0394","confirmationIntervalHours":24}""".formatted(PROVIDER, i);
            HttpResponse<String> response = http.send(authorised(URI.create(SERVICE + "/api/v1/units/" + unitId))
                    .PUT(HttpRequest.BodyPublishers.ofString(profile)).header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Registering " + unitId + ": " + response.statusCode() + " " + response.body());
            }
            units.add(unitId);
        }
        return units;
    }

    private void run(List<String> units, int rate, int seconds, int perRequest) throws InterruptedException {
        int requestRate = Math.max(1, rate / perRequest);
        probeEvery = Math.max(1, requestRate / PROBES_PER_SECOND);
        long total = (long) requestRate * seconds;
        CountDownLatch finished = new CountDownLatch((int) total);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService retries = Executors.newScheduledThreadPool(2);
        AtomicLong sent = new AtomicLong();
        long periodNanos = 1_000_000_000L / requestRate;
        long started = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            // Latencies count from when the request was due, so a ticker that falls behind is measured too.
            send(units, n, perRequest, started + n * periodNanos, finished, retries);
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        boolean done = finished.await(seconds + 180L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        ticker.shutdownNow();
        retries.shutdown();
        long probesUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(31);
        while (probesPending.get() > 0 && System.nanoTime() < probesUntil) {
            Thread.sleep(50);
        }
        vertx.close();
        long accepted = statusCounts.getOrDefault(202, new AtomicLong()).get() * perRequest;
        System.out.printf("target rate %d reports/s (%d requests/s of %d) for %d s over %d units; finished=%s%n",
                requestRate * perRequest, requestRate, perRequest, seconds, units.size(), done);
        System.out.printf("responses by status: %s%n", statusCounts);
        System.out.printf("accepted: %d in %.1f s = %.0f reports/s%n", accepted, elapsed, accepted / elapsed);
        System.out.printf("accepted requests: POST to 202: p50 %.1f ms, p99 %.1f ms%n", percentile(acceptLatencyMicros, 50),
                percentile(acceptLatencyMicros, 99));
        System.out.printf("refused with 429 (sent again after Retry-After): %d answers, POST to 429: p50 %.1f ms, p99 %.1f ms;"
                + " first POST to 202 for all accepted: p99 %.1f ms%n", refusedLatencyMicros.size(),
                percentile(refusedLatencyMicros, 50), percentile(refusedLatencyMicros, 99),
                percentile(acceptedAfterBackOffMicros, 99));
        System.out.printf("  of which from written on a connection to 429: p50 %.1f ms, p99 %.1f ms%n",
                percentile(refusedOnTheWireMicros, 50), percentile(refusedOnTheWireMicros, 99));
        System.out.printf("POST to visible in GET /api/v1/availability (%d probes, %d not seen, %d still polling): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                visibleLatencyMicros.size(), probesLost.get(), probesPending.get(), percentile(visibleLatencyMicros, 50),
                percentile(visibleLatencyMicros, 99), percentile(visibleLatencyMicros, 100));
    }

    private void send(List<String> units, long n, int perRequest, long due, CountDownLatch finished,
            ScheduledExecutorService retries) {
        OffsetDateTime occurredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String firstUnit = units.get((int) ((n * perRequest) % units.size()));
        String path;
        String body;
        if (perRequest == 1) {
            path = "/api/v1/units/" + firstUnit + "/status";
            body = report(null, occurredAt, n);
        } else {
            StringBuilder batch = new StringBuilder("{\"reports\":[");
            for (int i = 0; i < perRequest; i++) {
                String unitId = units.get((int) ((n * perRequest + i) % units.size()));
                batch.append(i == 0 ? "" : ",").append(report(unitId, occurredAt, n + i));
            }
            path = "/api/v1/status-reports";
            body = batch.append("]}").toString();
        }
        sendUntilTaken(path, Buffer.buffer(body), due, due, () -> {
            if (n % probeEvery == 0) {
                probe(firstUnit, occurredAt, due);
            }
        }, finished, retries);
    }

    /** A 429 is sent again after its Retry-After, as a client that backs off would; any other answer is final. */
    private void sendUntilTaken(String path, Buffer body, long firstSent, long start, Runnable onAccepted, CountDownLatch finished,
            ScheduledExecutorService scheduler) {
        long[] onTheWire = { start };
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(service.getHost())
                // Both limits, so that no request can keep the run from ending: waiting for a pooled
                // connection, and silence once sent (one request once waited out the whole run).
                .setPort(service.getPort()).setURI(path).setConnectTimeout(30_000).setIdleTimeout(30_000)
                .putHeader("Authorization", "Bearer " + token).putHeader("Content-Type", "application/json");
        load.request(options)
                .compose(request -> {
                    onTheWire[0] = System.nanoTime();
                    return request.send(body);
                })
                .compose(response -> response.body().map(ignored -> response))
                .onComplete(result -> {
                    int status = result.failed() ? -1 : result.result().statusCode();
                    statusCounts.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    if (status == 429) {
                        refusedLatencyMicros.add((System.nanoTime() - start) / 1000);
                        refusedOnTheWireMicros.add((System.nanoTime() - onTheWire[0]) / 1000);
                        String retryAfter = result.result().getHeader("Retry-After");
                        long backOff = retryAfter == null ? 1L : Long.parseLong(retryAfter);
                        scheduler.schedule(() -> sendUntilTaken(path, body, firstSent, System.nanoTime(), onAccepted, finished, scheduler),
                                backOff, TimeUnit.SECONDS);
                        return;
                    }
                    if (status == 202) {
                        acceptLatencyMicros.add((System.nanoTime() - start) / 1000);
                        acceptedAfterBackOffMicros.add((System.nanoTime() - firstSent) / 1000);
                        onAccepted.run();
                    }
                    finished.countDown();
                });
    }

    private static String report(String unitId, OffsetDateTime occurredAt, long n) {
        return "{" + (unitId == null ? "" : "\"unitId\":\"" + unitId + "\",") + "\"eventId\":\"" + UUID.randomUUID()
                + "\",\"occurredAt\":\"" + occurredAt + "\",\"availablePlaces\":" + (n % 50) + ",\"occupiedPlaces\":40}";
    }

    /** Polls the availability list until the unit shows a report at least as new as this one. */
    private void probe(String unitId, OffsetDateTime occurredAt, long start) {
        probesPending.incrementAndGet();
        poll(unitId, occurredAt, start);
    }

    private void poll(String unitId, OffsetDateTime occurredAt, long start) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(service.getHost())
                .setPort(service.getPort()).setConnectTimeout(30_000).setIdleTimeout(30_000)
                .setURI("/api/v1/availability?unitId=" + URLEncoder.encode(unitId, StandardCharsets.UTF_8))
                .putHeader("Authorization", "Bearer " + token);
        load.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body())
                .onComplete(body -> {
                    OffsetDateTime last = body.succeeded() ? lastReportedAt(body.result().toString()) : null;
                    long elapsed = System.nanoTime() - start;
                    if (last != null && !last.isBefore(occurredAt)) {
                        visibleLatencyMicros.add(elapsed / 1000);
                        probesPending.decrementAndGet();
                    } else if (elapsed < TimeUnit.SECONDS.toNanos(30)) {
                        long wait = elapsed < TimeUnit.SECONDS.toNanos(1) ? PROBE_POLL_MILLIS : LATE_PROBE_POLL_MILLIS;
                        vertx.setTimer(wait, timer -> poll(unitId, occurredAt, start));
                    } else {
                        probesLost.incrementAndGet();
                        probesPending.decrementAndGet();
                    }
                });
    }

    private static final Pattern LAST_REPORTED = Pattern.compile("\"lastReportedAt\":\"([^\"]+)\"");

    private static OffsetDateTime lastReportedAt(String json) {
        Matcher matcher = LAST_REPORTED.matcher(json);
        return matcher.find() ? OffsetDateTime.parse(matcher.group(1)) : null;
    }

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
    }

    private static String fetchToken() throws Exception {
        String form = "grant_type=client_credentials&client_id=provider-" + PROVIDER + "&client_secret=provider-"
                + PROVIDER + "-secret";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No token from " + TOKEN_URL + ": " + response.body());
        }
        return matcher.group(1);
    }

    private static double percentile(List<Long> micros, int p) {
        List<Long> sorted;
        synchronized (micros) {
            sorted = new ArrayList<>(micros);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }
}
