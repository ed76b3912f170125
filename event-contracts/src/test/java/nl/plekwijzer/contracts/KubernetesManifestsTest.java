package nl.plekwijzer.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

    @ParameterizedTest
    @ValueSource(strings = { "production" })
    void productionKafkaIsClosedAndEachServiceMayUseExactlyItsTopics(String overlay) throws Exception {
        List<JsonNode> documents = render(overlay);

        JsonNode kafka = ofKind(documents, "Kafka").get(0).at("/spec/kafka");
        assertThat(kafka.at("/authorization/type").asText()).isEqualTo("simple");
        assertThat(kafka.get("listeners")).isNotEmpty().allSatisfy(listener -> {
            assertThat(listener.get("tls").asBoolean()).as(listener.get("name").asText() + " tls").isTrue();
            assertThat(listener.at("/authentication/type").asText()).as(listener.get("name").asText()).isEqualTo("scram-sha-512");
        });
        Map<String, JsonNode> users = ofKind(documents, "KafkaUser").stream()
                .collect(Collectors.toMap(u -> u.at("/metadata/name").asText(), u -> u));
        List<String> services = SERVICES.stream().filter(s -> !s.equals("web")).toList();
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(services);
        for (String service : services) {
            JsonNode user = users.get(service);
            Properties config = applicationProperties(service);
            for (String channel : channels(config, "incoming")) {
                String topic = config.getProperty("mp.messaging.incoming." + channel + ".topic");
                List<String> read = "true".equals(config.getProperty("mp.messaging.incoming." + channel + ".pattern"))
                        ? List.of(Topic.BED_STATUS.topicName(), Topic.providerStatusTopic("98000001"))
                        : List.of(topic);
                for (String each : read) {
                    assertThat(allows(user, "Read", each)).as(service + " reads " + each).isTrue();
                    assertThat(allows(user, "Write", each + ".dlq")).as(service + " writes " + each + ".dlq").isTrue();
                }
                String group = config.getProperty("mp.messaging.incoming." + channel + ".group.id").replace("${quarkus.uuid}", "x");
                assertThat(allowsGroup(user, group)).as(service + " group " + group).isTrue();
            }
            for (String channel : channels(config, "outgoing")) {
                String topic = config.getProperty("mp.messaging.outgoing." + channel + ".topic");
                assertThat(allows(user, "Write", topic)).as(service + " writes " + topic).isTrue();
            }
            user.at("/spec/authorization/acls").forEach(acl ->
                    assertThat(acl.at("/resource/name").asText()).as(service + " wildcard").isNotEqualTo("*"));
        }
        // The two writes the probe abused: status for any unit, and a PLACED that closes a youth's requests.
        assertThat(services.stream().filter(s -> allows(users.get(s), "Write", Topic.BED_STATUS.topicName())))
                .containsExactly("availability-service");
        assertThat(services.stream().filter(s -> allows(users.get(s), "Write", Topic.PLACEMENT_EVENTS.topicName())))
                .containsExactly("matching-service");

        for (JsonNode deployment : ofKind(documents, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            if (services.contains(name)) {
                JsonNode password = java.util.stream.StreamSupport.stream(
                        deployment.at("/spec/template/spec/containers/0/env").spliterator(), false)
                        .filter(e -> e.get("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")).findFirst().orElseThrow();
                assertThat(password.at("/valueFrom/secretKeyRef/name").asText()).as(name).isEqualTo(name);
            }
        }
        List<JsonNode> policies = ofKind(documents, "NetworkPolicy");
        assertThat(policies).as("a default deny").anySatisfy(policy -> {
            assertThat(policy.at("/spec/podSelector").isEmpty()).isTrue();
            assertThat(policy.at("/spec/policyTypes").toString()).contains("Ingress");
            assertThat(policy.at("/spec/ingress").isMissingNode()).isTrue();
        });
        assertThat(policies).as("nothing open to everyone").allSatisfy(policy -> policy.at("/spec/ingress").forEach(rule ->
                assertThat(rule.has("from")).as(policy.at("/metadata/name").asText()).isTrue()));
    }

    @org.junit.jupiter.api.Test
    void aProviderSystemMayWriteOnlyItsOwnStatusTopic() throws Exception {
        List<JsonNode> documents = renderDirectory(K8S.resolve("provider-system"));

        JsonNode user = ofKind(documents, "KafkaUser").get(0);
        String own = Topic.providerStatusTopic("98000001");
        assertThat(ofKind(documents, "KafkaTopic")).extracting(t -> t.at("/spec/topicName").asText())
                .containsExactlyInAnyOrder(own, own + ".dlq");
        assertThat(allows(user, "Write", own)).isTrue();
        assertThat(allows(user, "Read", own + ".dlq")).isTrue();
        for (String other : List.of(Topic.BED_STATUS.topicName(), Topic.providerStatusTopic("98000002"),
                Topic.PLACEMENT_EVENTS.topicName(), own + ".dlq")) {
            assertThat(allows(user, "Write", other)).as("writes " + other).isFalse();
        }
        user.at("/spec/authorization/acls").forEach(acl -> {
            if (acl.at("/resource/type").asText().equals("topic")) {
                assertThat(acl.at("/resource/patternType").asText()).isEqualTo("literal");
            }
        });
    }

    private static boolean allows(JsonNode user, String operation, String topic) {
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            JsonNode resource = acl.get("resource");
            String name = resource.get("name").asText();
            boolean matches = resource.get("type").asText().equals("topic")
                    && (resource.path("patternType").asText("literal").equals("prefix") ? topic.startsWith(name) : topic.equals(name));
            if (matches && acl.get("operations").toString().contains("\"" + operation + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowsGroup(JsonNode user, String group) {
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            JsonNode resource = acl.get("resource");
            String name = resource.get("name").asText();
            if (resource.get("type").asText().equals("group") && acl.get("operations").toString().contains("\"Read\"")
                    && (resource.path("patternType").asText("literal").equals("prefix") ? group.startsWith(name) : group.equals(name))) {
                return true;
            }
        }
        return false;
    }

    private static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        try (var in = java.nio.file.Files.newBufferedReader(
                Path.of("..", service, "src", "main", "resources", "application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static List<String> channels(Properties config, String direction) {
        String prefix = "mp.messaging." + direction + ".";
        return config.stringPropertyNames().stream()
                .filter(k -> k.startsWith(prefix) && k.endsWith(".connector"))
                .map(k -> k.substring(prefix.length(), k.length() - ".connector".length()))
                .sorted().toList();
    }

    private static List<JsonNode> render(String overlay) throws IOException, InterruptedException {
        return renderDirectory(K8S.resolve("overlays").resolve(overlay));
    }

    private static List<JsonNode> renderDirectory(Path directory) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                .redirectErrorStream(true).start();
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize %s:%n%s", directory, output).isZero();
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
