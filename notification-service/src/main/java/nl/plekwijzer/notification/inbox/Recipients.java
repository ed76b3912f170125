package nl.plekwijzer.notification.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The recipient keys a notification can be addressed to, and those a caller reads. */
public final class Recipients {

    private Recipients() {
    }

    public static String provider(String providerId) {
        return "provider:" + providerId;
    }

    public static String role(String role) {
        return "role:" + role;
    }

    public static String user(String subject) {
        return "user:" + subject;
    }

    /** Everything addressed to this caller: to them personally, to each of their roles, to their provider. */
    public static List<String> of(String subject, Set<String> roles, String providerId) {
        List<String> keys = new ArrayList<>();
        keys.add(user(subject));
        roles.stream().sorted().map(Recipients::role).forEach(keys::add);
        if (providerId != null && !providerId.isBlank()) {
            keys.add(provider(providerId));
        }
        return keys;
    }
}
