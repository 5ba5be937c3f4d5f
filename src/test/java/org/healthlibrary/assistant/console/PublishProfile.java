package org.healthlibrary.assistant.console;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The service on a copy of the shipped knowledge folder ({@value #ROOT}/knowledge), with its own
 * index and candidate folders, so that tests may publish library changes without touching the
 * repository's {@code knowledge/}. The copy is made fresh when the service starts with this profile.
 */
public class PublishProfile implements QuarkusTestProfile {

    static final String ROOT = "target/publish-test";

    @Override
    public Map<String, String> getConfigOverrides() {
        Path root = Path.of(ROOT);
        try {
            if (Files.exists(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Path knowledge = Files.createDirectories(root.resolve("knowledge"));
            try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, knowledge.resolve(f.getFileName()));
                }
            }
            Path cache = Path.of("target/test-index/embeddings");
            if (Files.isDirectory(cache)) { // the default test index's vectors: only edited passages are embedded
                Path to = Files.createDirectories(root.resolve("index/embeddings"));
                try (Stream<Path> files = Files.list(cache)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(f, to.resolve(f.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("assistant.knowledge.path", ROOT + "/knowledge",
                "assistant.index.path", ROOT + "/index",
                "assistant.candidate.path", ROOT + "/candidate");
    }
}
