package org.healthlibrary.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layering of STYLE.md, read from the main sources, with no exceptions list: a new
 * edge fails here with the file that made it.
 *
 * <pre>
 *   entry points  chat, voice, labs, admin, info, library   (nothing imports them)
 *   web layer     http                                      (error mappers, filters, the disclaimer gate)
 *   pipeline      answer
 *   domain        search, cbc, safety
 *   base          knowledge
 * </pre>
 *
 * A package may import only packages on a lower rank, never one beside it (entry points do
 * not import each other, {@code search} does not import {@code cbc}). Domain packages
 * ({@code knowledge}, {@code search}, {@code cbc}, {@code safety}, {@code answer}) import no
 * JAX-RS, Vert.x Web or RESTEasy types and declare no wire types (resources, mappers,
 * filters, response bodies): the domain throws its own exceptions and {@code http} maps them.
 */
class PackageDependenciesTest {

    private static final Path MAIN = Path.of("src/main/java/org/healthlibrary/assistant");

    /** A reference to one of our packages: an import, or a fully qualified name in code or Javadoc. */
    private static final Pattern OUR_PACKAGE = Pattern.compile("\\borg\\.healthlibrary\\.assistant\\.([a-z]+)\\.");
    /** An import of an HTTP framework type. */
    private static final Pattern HTTP_IMPORT = Pattern.compile(
            "^import (?:static )?(jakarta\\.ws\\.rs|io\\.vertx\\.ext\\.web|org\\.jboss\\.resteasy)\\.", Pattern.MULTILINE);
    /** A top-level type whose name says it belongs to the HTTP layer. */
    private static final Pattern WIRE_TYPE = Pattern.compile(
            "^public (?:final )?(?:class|record|interface) (\\w+(?:Resource|Mapper|Filter|Response))\\b", Pattern.MULTILINE);

    /** Rank of each package: a package may import only packages of a strictly lower rank. */
    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("knowledge", 0),
            Map.entry("search", 1),
            Map.entry("cbc", 1),
            Map.entry("safety", 1),
            Map.entry("answer", 2),
            Map.entry("http", 3),
            Map.entry("chat", 4),
            Map.entry("voice", 4),
            Map.entry("labs", 4),
            Map.entry("admin", 4),
            Map.entry("info", 4),
            Map.entry("library", 4),
            Map.entry("storage", 0),
            Map.entry("audit", 1),
            Map.entry("staff", 2),
            Map.entry("evaluation", 3),
            Map.entry("feedback", 1),
            Map.entry("candidate", 4),
            Map.entry("console", 5),
            Map.entry("publishing", 2),
            Map.entry("conversation", 3),
            Map.entry("review", 3));

    private static final Set<String> DOMAIN = Set.of("knowledge", "search", "cbc", "safety", "answer", "storage",
            "audit", "staff", "evaluation", "feedback", "publishing", "conversation", "candidate", "review");

    @Test
    void everyPackageHasARank() throws IOException {
        List<String> unranked = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(p -> !RANK.containsKey(p)).forEach(p -> unranked.add(p + ": a new package; give it a rank here"));
        }
        assertThat(unranked).isEmpty();
    }

    @Test
    void everyReferenceToOurPackagesPointsDown() {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            Integer rank = RANK.get(pkg);
            if (rank == null) {
                continue; // everyPackageHasARank reports it
            }
            Matcher m = OUR_PACKAGE.matcher(read(file));
            while (m.find()) {
                String target = m.group(1);
                Integer targetRank = RANK.get(target);
                if (!target.equals(pkg) && (targetRank == null || targetRank >= rank)
                        && !violations.contains(MAIN.relativize(file) + " uses " + target)) {
                    violations.add(MAIN.relativize(file) + " uses " + target);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void domainPackagesImportNoHttpFramework() {
        List<String> violations = new ArrayList<>();
        for (Path file : domainSources()) {
            Matcher m = HTTP_IMPORT.matcher(read(file));
            while (m.find()) {
                violations.add(MAIN.relativize(file) + " imports " + m.group(1));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void domainPackagesDeclareNoWireTypes() {
        List<String> violations = new ArrayList<>();
        for (Path file : domainSources()) {
            Matcher m = WIRE_TYPE.matcher(read(file));
            while (m.find()) {
                violations.add(MAIN.relativize(file) + " declares " + m.group(1) + ": it belongs in an entry package");
            }
        }
        assertThat(violations).isEmpty();
    }

    private static List<Path> domainSources() {
        return sources().stream().filter(f -> DOMAIN.contains(packageOf(f))).toList();
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> MAIN.relativize(f).getNameCount() > 1)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
