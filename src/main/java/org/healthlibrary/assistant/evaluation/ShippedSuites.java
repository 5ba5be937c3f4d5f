package org.healthlibrary.assistant.evaluation;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthlibrary.assistant.audit.AuditLog;

/**
 * The suites that come with the shipped library ({@code src/main/resources/suites/*.yaml}):
 * stored at start-up when no suite of the same name exists (an edited copy is never
 * overwritten), marked as shipped. Replicas starting together against one database may race:
 * the one that loses the unique-name race finds the suite stored and goes on. {@code ShippedSuitesTest} runs the same files in
 * {@code ./mvnw verify}. Runs once per start, on the start-up thread.
 */
@ApplicationScoped
public class ShippedSuites {

    /** Classpath resources of the shipped suites. */
    public static final List<String> RESOURCES = List.of("suites/shipped-library.yaml", "suites/emergencies.yaml",
            "suites/safety.yaml", "suites/safety-2.yaml", "suites/safety-3.yaml");

    private final Suites suites;
    private final AuditLog audit;

    public ShippedSuites(Suites suites, AuditLog audit) {
        this.suites = suites;
        this.audit = audit;
    }

    void onStart(@Observes StartupEvent event) {
        for (String resource : RESOURCES) {
            SuiteSpec spec = read(resource);
            if (suites.idOf(spec.name()).isEmpty()) {
                try {
                    suites.create(spec, true);
                } catch (RuntimeException e) {
                    if (suites.idOf(spec.name()).isPresent()) {
                        continue; // another replica starting at the same moment stored it first
                    }
                    throw e;
                }
                audit.record("system", "suite.create-shipped", spec.name(), spec.cases().size() + " cases");
            }
        }
    }

    /** Reads a shipped suite from the classpath. */
    public static SuiteSpec read(String resource) {
        try (InputStream in = ShippedSuites.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The shipped suite " + resource + " is missing from the build");
            }
            return Suites.parseYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
