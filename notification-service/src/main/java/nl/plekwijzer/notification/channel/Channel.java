package nl.plekwijzer.notification.channel;

/** Where a subscription delivers notifications besides the inbox. */
public enum Channel {
    EMAIL, WEBHOOK
}
