package nl.plekwijzer.notification.channel;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.notification.notice.NotificationKind;

/** What a subscription must be, in plain Java: each broken rule names its field, never the value sent. */
public final class SubscriptionRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");

    private SubscriptionRules() {
    }

    /**
     * @param allowInsecure whether a webhook may be plain http or go to a loopback or private
     *                      address (local run and tests)
     */
    public static List<Violation> check(String channel, String target, List<String> events, boolean allowInsecure) {
        List<Violation> violations = new ArrayList<>();
        Channel parsed = parse(channel);
        if (parsed == null) {
            violations.add(new Violation("channel", "must be EMAIL or WEBHOOK"));
        }
        if (target == null || target.isBlank() || target.length() > 500) {
            violations.add(new Violation("target", "is required, at most 500 characters"));
        } else if (parsed == Channel.EMAIL && !EMAIL.matcher(target).matches()) {
            violations.add(new Violation("target", "must be an e-mail address"));
        } else if (parsed == Channel.WEBHOOK && !isWebhookUrl(target, allowInsecure)) {
            violations.add(new Violation("target", allowInsecure ? "must be an http or https URL with a host"
                    : "must be an https URL with a public host"));
        }
        if (events == null || events.isEmpty()) {
            violations.add(new Violation("events", "must name at least one kind of notification"));
        } else {
            for (int i = 0; i < events.size(); i++) {
                if (kind(events.get(i)) == null) {
                    violations.add(new Violation("events[" + i + "]", "is not a kind of notification"));
                }
            }
        }
        return violations;
    }

    public static Channel parse(String channel) {
        for (Channel known : Channel.values()) {
            if (known.name().equals(channel)) {
                return known;
            }
        }
        return null;
    }

    public static NotificationKind kind(String name) {
        for (NotificationKind known : NotificationKind.values()) {
            if (known.name().equals(name)) {
                return known;
            }
        }
        return null;
    }

    static boolean isWebhookUrl(String target, boolean allowInsecure) {
        try {
            URI uri = new URI(target);
            String host = uri.getHost();
            if (host == null || host.isBlank() || uri.getUserInfo() != null) {
                return false;
            }
            if (allowInsecure) {
                return "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            }
            return "https".equals(uri.getScheme()) && !"localhost".equalsIgnoreCase(host)
                    && (!isIpLiteral(host) || isPublic(InetAddress.getByName(host)));
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether an address may receive webhooks: not loopback, private, link-local, unspecified or multicast. */
    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return !(address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6);
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }
}
