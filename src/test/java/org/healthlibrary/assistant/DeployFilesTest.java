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
        assertThat(variables).isNotEmpty().allSatisfy(v -> assertThat(documented).contains(v));
    }

    @Test
    void containerHeapIsTheMeasuredOne() throws IOException {
        Matcher pom = Pattern.compile("<app.heap.flags>(.+)</app.heap.flags>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        assertThat(Files.readString(Path.of("deploy/Dockerfile.jvm"))).contains("JAVA_OPTS=\"").contains(" " + pom.group(1) + "\"");
    }

    private static JsonNode container() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var parser = yaml.getFactory().createParser(MANIFEST.toFile())) {
            for (JsonNode doc : yaml.readValues(parser, JsonNode.class).readAll()) {
                if (doc.path("kind").asText().equals("Deployment")) {
                    return doc.path("spec").path("template").path("spec").path("containers").get(0);
                }
            }
        }
        throw new AssertionError("No Deployment in " + MANIFEST);
    }
}
