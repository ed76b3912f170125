package nl.plekwijzer.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.foundation.problem.Violation;

class SubscriptionRulesTest {

    @Test
    void inProductionAWebhookIsHttpsToAPublicHost() throws Exception {
        assertThat(fields("WEBHOOK", "https://provider.example/hook", false)).isEmpty();
        for (String refused : List.of("http://provider.example/hook", "https://127.0.0.1/hook", "https://localhost/x",
                "https://10.1.2.3/x", "https://192.168.0.7/x", "https://169.254.169.254/latest", "https://[::1]/x",
                "https://user:pw@provider.example/x", "ftp://provider.example/x", "https:///nohost")) {
            assertThat(fields("WEBHOOK", refused, false)).as(refused).containsExactly("target");
        }
        assertThat(SubscriptionRules.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(SubscriptionRules.isPublic(InetAddress.getByName("172.16.0.1"))).isFalse();
        assertThat(SubscriptionRules.isPublic(InetAddress.getByName("fd00::1"))).isFalse();
    }

    @Test
    void locallyAWebhookMayBePlainHttpOnThisMachine() {
        assertThat(fields("WEBHOOK", "http://127.0.0.1:9000/hook", true)).isEmpty();
        assertThat(fields("WEBHOOK", "ftp://127.0.0.1/hook", true)).containsExactly("target");
    }

    @Test
    void eachBrokenRuleIsNamedByItsField() {
        assertThat(SubscriptionRules.check("SMS", "x", List.of("PROPOSAL_RECEIVED", "NOPE"), false))
                .extracting(Violation::field).containsExactly("channel", "events[1]");
        assertThat(fields("EMAIL", "no address", false)).containsExactly("target");
        assertThat(SubscriptionRules.check("EMAIL", "desk@provider.example", List.of(), false))
                .extracting(Violation::field).containsExactly("events");
    }

    private static List<String> fields(String channel, String target, boolean allowInsecure) {
        return SubscriptionRules.check(channel, target, List.of("PROPOSAL_RECEIVED"), allowInsecure).stream()
                .map(Violation::field).toList();
    }
}
