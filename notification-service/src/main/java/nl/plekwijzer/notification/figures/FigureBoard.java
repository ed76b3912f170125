package nl.plekwijzer.notification.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow.Processor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.DashboardStatsUpdated;
import nl.plekwijzer.foundation.messaging.CloudEventMessages;
import nl.plekwijzer.foundation.messaging.SnapshotSender;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.notification.config.NotificationConfig;
import nl.plekwijzer.notification.figures.repository.FigureRepository;

/**
 * The municipal figures as they are now: made again shortly after anything they are made of
 * changed ({@link #changed()}; a scheduled run as the backstop), then, for each municipality and
 * the region whose figures changed, kept as today's figures (the daily series), announced to the
 * live dashboards and, per municipality, published on the compacted dashboard-stats.v1 for a
 * municipality's own BI.
 */
@ApplicationScoped
public class FigureBoard {

    /** The scope of the whole region. */
    public static final String REGION = "REGION";

    /** One scope's figures at one moment. */
    public record Figures(String scope, OffsetDateTime computedAt, Map<String, Long> figures) {
    }

    private final FigureRepository repository;
    private final SnapshotSender sender;
    private final Clock clock;
    private final Map<String, Figures> current = new ConcurrentHashMap<>();
    /** Serialized: made again on one thread, but announced next to readers subscribing. */
    private final Processor<Figures, Figures> announced = BroadcastProcessor.<Figures> create().serialized();
    private final Vertx vertx;
    private final long settleMillis;
    private volatile boolean dirty = true;
    private final AtomicBoolean soon = new AtomicBoolean();
    private final AtomicBoolean making = new AtomicBoolean();

    public FigureBoard(FigureRepository repository, ObjectMapper json, CloudEventMessages cloudEvents, Clock clock,
            Vertx vertx, NotificationConfig config,
            @Channel("dashboard-stats-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 5_000)
            MutinyEmitter<String> emitter) {
        this.repository = repository;
        this.sender = new SnapshotSender(emitter, cloudEvents, json);
        this.clock = clock;
        this.vertx = vertx;
        this.settleMillis = config.figuresSettle().toMillis();
    }

    /**
     * Something the figures are made of changed: they are made again once changes have settled for
     * a moment (a burst of reports makes them once), or at the next scheduled run.
     */
    public void changed() {
        dirty = true;
        if (soon.compareAndSet(false, true)) {
            vertx.setTimer(settleMillis, id -> {
                soon.set(false);
                refresh().subscribe().with(done -> { }, e -> dirty = true);
            });
        }
    }

    /** A scope's figures now, or null when nothing is known of it. */
    public Figures current(String scope) {
        return current.get(scope);
    }

    /** A scope's figures each time they change. */
    public Multi<Figures> changes(String scope) {
        return Multi.createFrom().publisher(announced).filter(f -> f.scope().equals(scope));
    }

    /**
     * The backstop: made again every few seconds in any case, so that each instance follows what the
     * others consumed, and a new day (waiting days, the month's flows) is taken in.
     */
    @Scheduled(every = "${plekwijzer.notification.figures-interval:5s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        dirty = true;
        return refresh();
    }

    Uni<Void> refresh() {
        if (!dirty || !making.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        dirty = false;
        OffsetDateTime now = StoredTime.now(clock);
        LocalDate today = now.toLocalDate();
        AtomicBoolean failed = new AtomicBoolean();
        return TransientFailures.untilNextRun("Making the municipal figures", repository.inputs(today)
                // The figures of every municipality are made on a worker thread, not on the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(inputs -> changedFigures(inputs, today, now))
                .chain(changed -> {
                    Uni<Void> stored = Uni.createFrom().voidItem();
                    for (Figures figures : changed) {
                        stored = stored.chain(() -> repository.putDay(figures.scope(), today, figures.figures(), now));
                    }
                    return stored.invoke(() -> changed.forEach(this::announce));
                })
                .onFailure().invoke(() -> {
                    dirty = true;
                    failed.set(true);
                })
                .eventually(() -> {
                    making.set(false);
                    // A change that came during the run is taken in at once; after a failure the schedule retries.
                    if (dirty && !failed.get()) {
                        changed();
                    }
                }));
    }

    private List<Figures> changedFigures(FigureInputs inputs, LocalDate today, OffsetDateTime now) {
        Map<String, Map<String, Long>> made = new LinkedHashMap<>();
        made.put(REGION, FigureCalculator.figures(null, inputs, today));
        FigureCalculator.municipalities(inputs).forEach(code -> made.put(code, FigureCalculator.figures(code, inputs,
                today)));
        List<Figures> changed = new ArrayList<>();
        made.forEach((scope, figures) -> {
            Figures before = current.get(scope);
            if (before == null || !before.figures().equals(figures)) {
                changed.add(new Figures(scope, now, figures));
            }
        });
        return changed;
    }

    private void announce(Figures figures) {
        current.put(figures.scope(), figures);
        announced.onNext(figures);
        if (!REGION.equals(figures.scope())) {
            DashboardStatsUpdated event = new DashboardStatsUpdated(figures.scope(), figures.computedAt(),
                    new HashMap<>(figures.figures()));
            sender.send(EventType.DASHBOARD_STATS_UPDATED, figures.scope(), event,
                    new DashboardStatsUpdated(figures.scope(), null, event.figures()), figures.computedAt());
        }
    }
}
