package nl.plekwijzer.notification.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** notification-service's own settings. */
@ConfigMapping(prefix = "plekwijzer.notification")
public interface NotificationConfig {

    /** How often the clocks are looked at: crisis stays, stale units, decisions that end (read by {@code NoticeSchedule}). */
    @WithDefault("5m")
    Duration scheduleInterval();

    /** How often the municipal figures are made again when something changed (read by {@code FigureBoard}'s schedule). */
    @WithDefault("5s")
    Duration figuresInterval();

    /** How long after a change the figures are made again: a burst of changes is taken in once. */
    @WithDefault("PT0.2S")
    Duration figuresSettle();

    /** After how many days a stale unit is reported to the coordinators. */
    @WithDefault("3")
    int staleDaysForCoordinators();

    /** The web front that notification links point into. */
    @WithDefault("http://127.0.0.1:8080")
    String webBaseUrl();

    /** The sender of notification e-mails. */
    @WithDefault("plekwijzer@localhost")
    String mailFrom();

    /** How often due deliveries are sent (read by {@code Dispatcher}'s schedule). */
    @WithDefault("1s")
    Duration deliveryInterval();

    /** The wait before the first retry of a failed delivery; each next wait is twice as long. */
    @WithDefault("PT30S")
    Duration deliveryFirstRetry();

    /** After this many failed attempts a delivery is kept as a dead letter. */
    @WithDefault("6")
    int deliveryMaxAttempts();

    /** How long a claimed delivery is left to its sender before it is tried again. */
    @WithDefault("PT2M")
    Duration deliveryLease();

    /**
     * Whether webhooks may go to plain http and to loopback or private addresses: for the local run
     * and the tests only; in production a webhook is https to a public address.
     */
    @WithDefault("false")
    boolean webhookAllowInsecureTargets();

    /** At most this many subscriptions per caller. */
    @WithDefault("20")
    int maxSubscriptionsPerOwner();

    /**
     * Events older than this make no notices (read again by a new consumer, or very late): what was
     * missed is history. What they mean for the clocks is still taken.
     */
    @WithDefault("P2D")
    Duration maxNoticeAge();

    /** How long a webhook receiver may take to connect and answer. */
    @WithDefault("PT10S")
    Duration webhookTimeout();
}
