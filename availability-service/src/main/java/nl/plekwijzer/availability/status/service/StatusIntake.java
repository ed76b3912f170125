package nl.plekwijzer.availability.status.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.availability.status.StatusApplication;
import nl.plekwijzer.availability.status.StatusReportRules;
import nl.plekwijzer.availability.unit.UnitFacts;
import nl.plekwijzer.availability.unit.service.UnitService;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.BedStatusBatchReported;
import nl.plekwijzer.contracts.events.BedStatusReported;
import nl.plekwijzer.foundation.messaging.CloudEventMessages;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.foundation.security.Caller;

/**
 * Takes status reports over REST: checks them against the unit, then hands them to the broker on
 * {@code bed-status.v1}, a single report as one record and a batch as one record too (so the broker
 * has the whole batch or none of it, without a Kafka transaction). The caller hears "accepted" only
 * once the broker acknowledged; the consumer applies them exactly as events that provider systems
 * produce themselves.
 * How many requests are taken in at once is limited before they get here ({@code StatusAdmission}).
 */
@ApplicationScoped
public class StatusIntake {

    private static final Logger LOG = Logger.getLogger(StatusIntake.class);
    /** Longer than the producer's own limits (max.block.ms + delivery.timeout.ms), so the producer decides. */
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(20);

    private final UnitService units;
    private final ObjectMapper json;
    private final MutinyEmitter<String> statusEmitter;
    private final CloudEventMessages cloudEvents;
    private final BrokerConfirmations confirmations;

    public StatusIntake(UnitService units, ObjectMapper json,
            @Channel("bed-status-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<String> statusEmitter, CloudEventMessages cloudEvents,
            @Readiness BrokerConfirmations confirmations) {
        this.units = units;
        this.cloudEvents = cloudEvents;
        this.json = json;
        this.statusEmitter = statusEmitter;
        this.confirmations = confirmations;
    }

    public Uni<UUID> report(String unitId, BedStatusReported report, Caller caller) {
        return units.facts(List.of(unitId)).flatMap(facts -> {
            UnitFacts unit = facts.get(unitId);
            if (unit == null) {
                throw Problems.notFound("unitId", "No unit with unitId '" + unitId + "'");
            }
            caller.requireActsFor(unit.providerId(), "change units");
            List<Violation> violations = check(report, unit, OffsetDateTime.now());
            if (!violations.isEmpty()) {
                throw Problems.invalid(violations);
            }
            return send(message(report, report.unitId(), report.eventId(), EventType.BED_STATUS_REPORTED),
                    List.of(report.eventId()));
        }).replaceWith(report.eventId());
    }

    /** All or nothing: every report is checked first, then all go to the broker as one record. */
    public Uni<List<UUID>> reportAll(List<BedStatusReported> reports, Caller caller) {
        List<UUID> eventIds = reports.stream().map(BedStatusReported::eventId).toList();
        return units.facts(reports.stream().map(BedStatusReported::unitId).distinct().toList()).flatMap(facts -> {
            OffsetDateTime now = OffsetDateTime.now();
            List<Violation> violations = new ArrayList<>();
            Set<String> providersChecked = new HashSet<>();
            for (int i = 0; i < reports.size(); i++) {
                BedStatusReported report = reports.get(i);
                UnitFacts unit = facts.get(report.unitId());
                String prefix = "reports[" + i + "].";
                if (unit == null) {
                    violations.add(new Violation(prefix + "unitId", "no unit with unitId '" + report.unitId() + "'"));
                    continue;
                }
                if (providersChecked.add(unit.providerId())) {
                    caller.requireActsFor(unit.providerId(), "change units");
                }
                check(report, unit, now).forEach(v -> violations.add(v.prefixed(prefix)));
            }
            if (!violations.isEmpty()) {
                throw Problems.invalid(violations);
            }
            UUID batchId = UUID.randomUUID();
            return send(message(new BedStatusBatchReported(batchId, reports), batchId.toString(), batchId,
                    EventType.BED_STATUS_BATCH_REPORTED), eventIds);
        }).replaceWith(eventIds);
    }

    private Uni<Void> send(Message<String> message, List<UUID> eventIds) {
        return statusEmitter.sendMessage(message)
                .ifNoItem().after(BROKER_TIMEOUT).fail()
                .invoke(confirmations::confirmed)
                .onFailure().transform(failure -> notConfirmed(failure, eventIds));
    }

    private static List<Violation> check(BedStatusReported report, UnitFacts unit, OffsetDateTime now) {
        return StatusReportRules.check(report.availablePlaces(), report.occupiedPlaces(),
                StatusApplication.heldBackOf(report), report.occurredAt(), unit.places(), StatusApplication.lightOf(report),
                report.reasonCode(), report.reason(), now);
    }

    private Message<String> message(Record event, String key, UUID ceId, EventType type) {
        try {
            return cloudEvents.of(json.writeValueAsString(event), null, key, ceId.toString(), type.ceType(),
                    OffsetDateTime.now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The broker did not confirm in time. Kafka cannot say whether such a record was written after
     * all, so the answer says so and names the eventIds: sent again with the same ids, each report
     * is applied once whatever happened to the first try.
     */
    private Throwable notConfirmed(Throwable cause, List<UUID> eventIds) {
        confirmations.failed();
        LOG.warnf("Broker did not confirm %d status reports: %s", eventIds.size(), cause.toString());
        return Problems.base(Response.Status.SERVICE_UNAVAILABLE, "not-confirmed",
                "The message broker did not confirm these reports; they may or may not be applied."
                        + " Send them again with the same eventIds (listed here): each is applied once.")
                .withHeader("Retry-After", "5")
                .with("eventIds", eventIds)
                .build();
    }
}
