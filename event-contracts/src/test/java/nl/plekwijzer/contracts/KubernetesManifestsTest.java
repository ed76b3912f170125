package nl.plekwijzer.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The deployment in {@code k8s/} renders with kustomize and keeps its promises: probes and resource
 * limits on every Deployment, exactly the topics of {@link Topic} with their retention, and
 * matching-service as one active instance.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("..", "k8s");
    private static final List<String> SERVICES = List.of("availability-service", "intake-service",
            "matching-service", "notification-service", "web");
    // Holds the whole region in memory, so it runs as one active instance (docs/scaling.md).
    private static final String MATCHING = "matching-service";

    @ParameterizedTest
    @ValueSource(strings = { "production", "local" })
    void everyDeploymentHasProbesAndResourceLimits(String overlay) throws Exception {
        List<JsonNode> deployments = ofKind(render(overlay), "Deployment");

        assertThat(deployments).extracting(d -> d.at("/metadata/name").asText())
                .containsExactlyInAnyOrderElementsOf(SERVICES);
        for (JsonNode deployment : deployments) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                String name = container.get("name").asText();
                assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/ready");
                assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/live");
                assertThat(container.at("/resources/limits/memory").asText()).as(name).isNotEmpty();
                assertThat(container.at("/resources/limits/cpu").asText()).as(name).isNotEmpty();
                assertThat(container.at("/resources/requests/memory").asText()).as(name).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "production", "local" })
    void kafkaTopicsAreExactlyTheTopicsOfTheCode(String overlay) throws Exception {
        Map<String, JsonNode> topics = ofKind(render(overlay), "KafkaTopic").stream()
                .collect(Collectors.toMap(t -> t.at("/spec/topicName").asText(), t -> t));

        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(Topic.values()).map(Topic::topicName).toList());
        for (Topic topic : Topic.values()) {
            JsonNode spec = topics.get(topic.topicName()).get("spec");
            assertThat(spec.get("partitions").asInt()).as(topic.topicName()).isEqualTo(topic.partitions());
            topic.retention().config().forEach((key, value) ->
                    assertThat(spec.at("/config/" + key).asText()).as(topic.topicName() + " " + key).isEqualTo(value));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "production" })
    void productionScalesEveryServiceAndKeepsNoDemoUsers(String overlay) throws Exception {
        List<JsonNode> documents = render(overlay);

        assertThat(ofKind(documents, "HorizontalPodAutoscaler")).extracting(h -> h.at("/spec/scaleTargetRef/name").asText())
                .containsExactlyInAnyOrderElementsOf(SERVICES.stream().filter(s -> !s.equals(MATCHING)).toList());
        JsonNode realm = ofKind(documents, "KeycloakRealmImport").get(0).at("/spec/realm");
        assertThat(realm.has("users")).isFalse();
        assertThat(realm.get("bruteForceProtected").asBoolean()).as("brute-force protection").isTrue();
        assertThat(realm.get("passwordPolicy").asText()).contains("length(12)", "passwordHistory");
        assertThat(realm.get("requiredActions")).anySatisfy(action -> {
            assertThat(action.get("alias").asText()).as("a second factor for everyone who logs in").isEqualTo("CONFIGURE_TOTP");
            assertThat(action.get("defaultAction").asBoolean()).isTrue();
        });
        for (JsonNode client : realm.get("clients")) {
            assertThat(client.get("directAccessGrantsEnabled").asBoolean()).as("password grant").isFalse();
            assertThat(client.has("secret")).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "production", "local" })
    void matchingCannotRunTwoActiveInstances(String overlay) throws Exception {
        List<JsonNode> documents = render(overlay);

        JsonNode matching = ofKind(documents, "Deployment").stream()
                .filter(d -> MATCHING.equals(d.at("/metadata/name").asText())).findFirst().orElseThrow();
        assertThat(matching.at("/spec/replicas").asInt()).as("replicas").isEqualTo(1);
        // The default RollingUpdate would start the new pod while the old one still runs.
        assertThat(matching.at("/spec/strategy/type").asText()).as("strategy").isEqualTo("Recreate");
        assertThat(ofKind(documents, "HorizontalPodAutoscaler")).extracting(h -> h.at("/spec/scaleTargetRef/name").asText())
                .doesNotContain(MATCHING);
    }

    private static List<JsonNode> render(String overlay) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", K8S.resolve("overlays").resolve(overlay).toString())
                .redirectErrorStream(true).start();
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize %s:%n%s", overlay, output).isZero();
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                .readValues(output)) {
            it.forEachRemaining(documents::add);
        }
        return documents;
    }

    private static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }
}
