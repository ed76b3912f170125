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

    /** How long a webhook receiver may take to connect and answer. */
    @WithDefault("PT10S")
    Duration webhookTimeout();
}
