package nl.plekwijzer.availability.status.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.status.StatusApplication;
import nl.plekwijzer.availability.status.StatusReportRules;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.BedStatusReported;
import nl.plekwijzer.foundation.messaging.CloudEventMessages;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.foundation.security.Caller;

/**
 * Takes status reports over REST: checks them against the unit, then hands them to the broker on
 * {@code bed-status.v1}. The caller hears "accepted" only once the broker acknowledged; the
 * consumer applies them exactly as events that provider systems produce themselves.
 */
@ApplicationScoped
public class StatusIntake {

    private static final Logger LOG = Logger.getLogger(StatusIntake.class);
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(15);

    /** What a unit's owner and size are, to check a report against. */
    private record UnitFacts(String providerId, int places) {
    }

    private final Pool pool;
    private final ObjectMapper json;
    private final MutinyEmitter<String> statusEmitter;
    private final KafkaTransactions<String> batchEmitter;
    private final CloudEventMessages cloudEvents;
    private CompletableFuture<Void> lastBatch = CompletableFuture.completedFuture(null);

    public StatusIntake(Pool pool, ObjectMapper json,
            @Channel("bed-status-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
            MutinyEmitter<String> statusEmitter,
            @Channel("bed-status-batch-out") KafkaTransactions<String> batchEmitter, CloudEventMessages cloudEvents) {
        this.pool = pool;
        this.cloudEvents = cloudEvents;
        this.json = json;
        this.statusEmitter = statusEmitter;
        this.batchEmitter = batchEmitter;
    }

    public Uni<UUID> report(String unitId, BedStatusReported report, Caller caller) {
        return facts(List.of(unitId)).flatMap(units -> {
            UnitFacts unit = units.get(unitId);
            if (unit == null) {
                throw Problems.notFound("unitId", "No unit with unitId '" + unitId + "'");
            }
            caller.requireActsFor(unit.providerId(), "change units");
            List<Violation> violations = check(report, unit, OffsetDateTime.now());
            if (!violations.isEmpty()) {
                throw Problems.invalid(violations);
            }
            return statusEmitter.sendMessage(toMessage(report))
                    .ifNoItem().after(BROKER_TIMEOUT).fail()
                    .onFailure().transform(StatusIntake::brokerUnavailable)
                    .replaceWith(report.eventId());
        });
    }

    /** All or nothing: every report is checked first, then all are written in one Kafka transaction. */
    public Uni<List<UUID>> reportAll(List<BedStatusReported> reports, Caller caller) {
        return facts(reports.stream().map(BedStatusReported::unitId).distinct().toList()).flatMap(units -> {
            OffsetDateTime now = OffsetDateTime.now();
            List<Violation> violations = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                BedStatusReported report = reports.get(i);
                UnitFacts unit = units.get(report.unitId());
                String prefix = "reports[" + i + "].";
                if (unit == null) {
                    violations.add(new Violation(prefix + "unitId", "no unit with unitId '" + report.unitId() + "'"));
                    continue;
                }
                caller.requireActsFor(unit.providerId(), "change units");
                check(report, unit, now).forEach(v -> violations.add(v.prefixed(prefix)));
            }
            if (!violations.isEmpty()) {
                throw Problems.invalid(violations);
            }
            List<Message<String>> messages = reports.stream().map(this::toMessage).toList();
            return oneBatchAtATime(() -> batchEmitter.withTransaction(emitter -> {
                messages.forEach(emitter::send);
                return Uni.createFrom().voidItem();
            }))
                    .ifNoItem().after(BROKER_TIMEOUT).fail()
                    .onFailure().transform(StatusIntake::brokerUnavailable)
                    .replaceWith(reports.stream().map(BedStatusReported::eventId).toList());
        });
    }

    private static List<Violation> check(BedStatusReported report, UnitFacts unit, OffsetDateTime now) {
        return StatusReportRules.check(report.availablePlaces(), report.occupiedPlaces(),
                StatusApplication.heldBackOf(report), report.occurredAt(), unit.places(), StatusApplication.lightOf(report),
                report.reasonCode(), report.reason(), now);
    }

    private Uni<Map<String, UnitFacts>> facts(List<String> unitIds) {
        return pool.preparedQuery("SELECT unit_id, provider_id, places FROM unit WHERE unit_id = ANY($1)")
                .execute(Tuple.of(unitIds.toArray(new String[0])))
                .map(rows -> {
                    Map<String, UnitFacts> facts = new HashMap<>();
                    rows.forEach(row -> facts.put(row.getString("unit_id"),
                            new UnitFacts(row.getString("provider_id"), row.getInteger("places"))));
                    return facts;
                });
    }

    private Message<String> toMessage(BedStatusReported report) {
        try {
            return cloudEvents.of(json.writeValueAsString(report), null, report.unitId(),
                    report.eventId().toString(), EventType.BED_STATUS_REPORTED.ceType(), OffsetDateTime.now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Kafka producer runs one transaction at a time: batches wait for the one before them. */
    private synchronized <T> Uni<T> oneBatchAtATime(Supplier<Uni<T>> work) {
        CompletableFuture<Void> previous = lastBatch;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        lastBatch = mine;
        return Uni.createFrom().completionStage(previous)
                .flatMap(ignored -> work.get())
                .onTermination().invoke(() -> mine.complete(null));
    }

    private static Throwable brokerUnavailable(Throwable cause) {
        LOG.warnf("Broker did not acknowledge a status report: %s", cause.toString());
        return Problems.unavailable("The report could not be handed to the message broker; nothing was"
                + " accepted. Try again with the same eventId.");
    }

}
