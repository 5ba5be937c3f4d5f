package org.healthlibrary.assistant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The deployment files agree with the service: the Kubernetes probes name health endpoints that
 * answer, the container port is the service's, every {@code ASSISTANT_*} variable is a
 * documented setting, and the container's heap is the one measured and set for the start
 * command. Drift here would only show in a hospital's cluster.
 */
@QuarkusTest
class DeployFilesTest {

    private static final Path MANIFEST = Path.of("deploy/kubernetes/health-library-assistant.yaml");

    @Test
    void probesNameHealthEndpointsThatAnswer() throws IOException {
        JsonNode container = container();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode http = container.path(probe).path("httpGet");
            assertThat(http.path("port").asText()).as(probe).isEqualTo("http");
            given().when().get(http.path("path").asText()).then().statusCode(200);
        }
        assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
    }

    @Test
    void everyAssistantVariableIsADocumentedSetting() throws IOException {
        List<String> documented = new ArrayList<>();
        Matcher keys = Pattern.compile("`(assistant\\.[a-z.-]+)`").matcher(Files.readString(Path.of("README.md")));
        while (keys.find()) {
            documented.add(keys.group(1).toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"));
        }
        List<String> variables = new ArrayList<>();
        container().path("env").forEach(e -> variables.add(e.path("name").asText()));
        assertThat(variables.stream().filter(v -> v.startsWith("ASSISTANT_")).toList())
                .isNotEmpty().allSatisfy(v -> assertThat(documented).contains(v));
    }

    @Test
    void containerHeapIsTheMeasuredOne() throws IOException {
        Matcher pom = Pattern.compile("<app.heap.flags>(.+)</app.heap.flags>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        assertThat(Files.readString(Path.of("deploy/Dockerfile.jvm"))).contains("JAVA_OPTS=\"").contains(" " + pom.group(1) + "\"");
    }

    @Test
    void threeReplicasOnPostgresqlWithADisruptionBudget() throws IOException {
        JsonNode deployment = only("Deployment", "health-library-assistant");
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(3);
        JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
        JsonNode pdb = only("PodDisruptionBudget", "health-library-assistant");
        assertThat(pdb.path("spec").path("selector").path("matchLabels")).isEqualTo(labels);
        assertThat(pdb.path("spec").path("minAvailable").asInt()).isEqualTo(2);

        JsonNode container = container();
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(env(container, "ASSISTANT_DB_KIND").path("value").asText()).isEqualTo("postgresql");
        assertThat(env(container, "ASSISTANT_DB_PASSWORD").path("valueFrom").path("secretKeyRef").path("key").asText())
                .isEqualTo("db-password");
        assertThat(env(container, "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY").path("valueFrom").path("secretKeyRef")
                .path("key").asText()).as("one console sign-in key for every replica").isEqualTo("session-key");
        assertThat(container.path("resources").path("requests").path("memory").asText()).isNotEmpty();
        assertThat(container.path("resources").path("limits").path("memory").asText()).isNotEmpty();

        String dbHost = env(container, "ASSISTANT_DB_URL").path("value").asText()
                .replaceFirst("^jdbc:postgresql://([^:/]+).*$", "$1");
        assertThat(only("Service", dbHost).path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(5432);
        JsonNode postgresql = only("StatefulSet", dbHost).path("spec").path("template").path("spec").path("containers").get(0);
        assertThat(env(postgresql, "POSTGRES_PASSWORD").path("valueFrom").path("secretKeyRef").path("key").asText())
                .isEqualTo("db-password");
        assertThat(only("Service", "health-library-assistant").path("spec").has("sessionAffinity"))
                .as("conversations are shared: no affinity needed").isFalse();
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("No variable " + name);
    }

    private static JsonNode container() throws IOException {
        return only("Deployment", "health-library-assistant").path("spec").path("template").path("spec").path("containers").get(0);
    }

    /** The one document of {@code kind} named {@code name} among every manifest in deploy/kubernetes. */
    private static JsonNode only(String kind, String name) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var files = Files.list(MANIFEST.getParent())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (var parser = yaml.getFactory().createParser(file.toFile())) {
                    for (JsonNode doc : yaml.readValues(parser, JsonNode.class).readAll()) {
                        if (doc.path("kind").asText().equals(kind) && doc.path("metadata").path("name").asText().equals(name)) {
                            found.add(doc);
                        }
                    }
                }
            }
        }
        assertThat(found).as("%s %s in deploy/kubernetes", kind, name).hasSize(1);
        return found.get(0);
    }
}
