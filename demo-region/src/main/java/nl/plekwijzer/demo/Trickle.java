package nl.plekwijzer.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plekwijzer.demo.Region.Provider;
import nl.plekwijzer.demo.Region.Unit;

/**
 * Keeps a loaded demo region moving so that the pages move: every couple of seconds a provider
 * reports a unit's status; now and then the coordinator proposes a request's best suggestion, and
 * a while later the provider accepts or declines.
 */
final class Trickle {

    private static final long TICK_MILLIS = 2_000;
    private static final int PROPOSE_EVERY_TICKS = 15;
    private static final int ANSWER_AFTER_TICKS = 10;

    private record Pending(String proposalId, Provider provider, long answerAtTick) {
    }

    private final Http http;
    private final Endpoints endpoints;
    private final Consumer<String> log;
    private final Random random = new Random();
    private final Map<String, Integer> available = new HashMap<>();
    private final Deque<Pending> pending = new ArrayDeque<>();

    Trickle(Http http, Endpoints endpoints, Consumer<String> log) {
        this.http = http;
        this.endpoints = endpoints;
        this.log = log;
    }

    void run(Region region, List<String> requestIds) throws InterruptedException {
        region.units().forEach(unit -> available.put(unit.id(), unit.available()));
        Map<String, Unit> units = new HashMap<>();
        region.units().forEach(unit -> units.put(unit.id(), unit));
        for (long tick = 1; !Thread.currentThread().isInterrupted(); tick++) {
            Thread.sleep(TICK_MILLIS);
            try {
                report(region.units().get(random.nextInt(region.units().size())));
                if (tick % PROPOSE_EVERY_TICKS == 0 && !requestIds.isEmpty()) {
                    propose(requestIds.get(random.nextInt(requestIds.size())), units, tick);
                }
                while (!pending.isEmpty() && pending.peek().answerAtTick() <= tick) {
                    answer(pending.poll());
                }
            } catch (RuntimeException e) {
                log.accept("trickle step failed, going on: " + e.getMessage());
            }
        }
    }

    private void report(Unit unit) {
        int now = available.get(unit.id());
        int next = Math.max(0, Math.min(unit.places(), now + (random.nextBoolean() ? 1 : -1)));
        available.put(unit.id(), next);
        Map<String, Object> report = new HashMap<>(Loader.status(next, unit.places() - next));
        // Now and then a free place only after consultation, or a full unit short of staff.
        if (random.nextInt(5) == 0) {
            report.put("light", next > 0 ? "ORANGE" : "RED");
            report.put("reasonCode", next > 0 ? "AFTER_CONSULTATION" : "STAFFING");
        }
        http.send("POST", endpoints.availability() + "/api/v1/units/" + unit.id() + "/status",
                http.providerToken(unit.provider()), report);
    }

    private void propose(String requestId, Map<String, Unit> units, long tick) {
        String coordinator = http.userToken("coordinator");
        JsonNode best = http.send("GET", endpoints.matching() + "/api/v1/placement-requests/" + requestId
                + "/suggestions?limit=1", coordinator, null).path("suggestions").path(0);
        Unit unit = units.get(best.path("unitId").asText());
        if (unit == null) {
            return;
        }
        try {
            JsonNode made = http.send("POST", endpoints.matching() + "/api/v1/placement-requests/" + requestId
                    + "/proposals", coordinator, Map.of("unitIds", List.of(unit.id()),
                            "message", "Voorstel vanuit het coördinatiepunt"));
            pending.add(new Pending(made.path("proposals").path(0).path("proposalId").asText(), unit.provider(),
                    tick + ANSWER_AFTER_TICKS));
        } catch (Http.Refused refused) {
            // The request is placed or closed, or already has three open proposals: try another next time.
        }
    }

    private void answer(Pending proposal) {
        String token = http.providerToken(proposal.provider());
        String base = endpoints.matching() + "/api/v1/proposals/" + proposal.proposalId();
        try {
            if (random.nextInt(3) > 0) {
                http.send("POST", base + "/accept", token, null);
            } else {
                http.send("POST", base + "/decline", token, Map.of("reasonCode", "DOES_NOT_FIT_GROUP"));
            }
        } catch (Http.Refused refused) {
            // Expired or withdrawn meanwhile.
        }
    }
}
