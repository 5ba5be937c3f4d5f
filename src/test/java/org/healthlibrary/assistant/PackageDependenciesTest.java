package org.healthlibrary.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between feature packages point one way (STYLE.md): entry points ({@code chat},
 * {@code voice}, {@code labs}, {@code admin}, {@code info}) -> {@code answer} -> {@code search},
 * {@code cbc}, {@code safety} -> {@code knowledge}, and nothing depends on an entry point. Read
 * from the main sources' imports, so a new edge fails here with the file that made it.
 */
class PackageDependenciesTest {

    private static final Path MAIN = Path.of("src/main/java/org/healthlibrary/assistant");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.healthlibrary\\.assistant\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    /** What each package may import of ours; a package not listed here fails the test. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("knowledge", Set.of()),
            Map.entry("cbc", Set.of()),
            Map.entry("safety", Set.of()),
            Map.entry("feedback", Set.of()),
            Map.entry("http", Set.of("safety")),
            Map.entry("search", Set.of("knowledge", "http")),
            Map.entry("answer", Set.of("knowledge", "search", "cbc", "safety")),
            Map.entry("chat", Set.of("answer", "search", "cbc", "safety", "knowledge", "http", "feedback")),
            Map.entry("voice", Set.of("answer", "search", "cbc", "safety", "knowledge", "http")),
            Map.entry("labs", Set.of("answer", "cbc", "safety", "http")),
            Map.entry("admin", Set.of("search", "knowledge", "http")),
            Map.entry("info", Set.of("answer", "search", "knowledge", "http")));

    @Test
    void everyImportFollowsTheLayering() throws IOException {
        Set<String> violations = new java.util.LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file).getName(0).toString();
                if (pkg.endsWith(".java")) {
                    continue;
                }
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(pkg + ": a new package; add its allowed dependencies here");
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(pkg) && !allowed.contains(target)) {
                        violations.add(MAIN.relativize(file) + " imports " + target);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
