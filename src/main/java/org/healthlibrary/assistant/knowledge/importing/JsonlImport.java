package org.healthlibrary.assistant.knowledge.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.ArticleWriter;
import org.healthlibrary.assistant.knowledge.JsonlPassage;
import org.healthlibrary.assistant.knowledge.JsonlPassageReader;

/**
 * Validates a JSONL corpus with {@link JsonlPassageReader} and writes the usable lines,
 * normalised, to {@code <out>/<same file name>}, where {@link
 * org.healthlibrary.assistant.knowledge.LibraryLoader} picks it up next to the Markdown
 * articles. A normalised line has exactly {@code id} (as in the input, so it still matches the
 * corpus's own question sets), {@code title}, {@code url}, {@code section} (when given) and
 * {@code text}, trimmed; other keys are dropped. The file is streamed in and out, and written
 * to {@code <name>.part} then moved into place, so a library load running meanwhile never sees
 * half a corpus. Immutable and thread-safe.
 */
public final class JsonlImport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonlPassageReader reader = new JsonlPassageReader();

    /**
     * Imports {@code corpus} into the folder {@code out}; with {@code dryRun} only validates
     * ({@code out} may then be null). Without {@code overwrite}, an existing target file is an
     * error ({@link FileAlreadyExistsException}) reported before anything is read.
     */
    public ImportReport run(Path corpus, Path out, boolean overwrite, boolean dryRun) throws IOException {
        if (!Files.isRegularFile(corpus)) {
            throw new IOException("JSONL file not found: " + corpus.toAbsolutePath());
        }
        ImportReport.Builder report = new ImportReport.Builder(corpus.toString());
        if (dryRun) {
            reader.read(corpus, new Collector(report, null));
            return report.build();
        }
        Objects.requireNonNull(out, "out is required unless dryRun");
        Path target = out.resolve(corpus.getFileName().toString().replaceFirst("(?i)(\\.jsonl)?$", ".jsonl"));
        if (Files.exists(target) && !overwrite) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists (use --overwrite to replace it)");
        }
        Files.createDirectories(out);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            reader.read(corpus, new Collector(report, w));
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(part);
            throw e.getCause();
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        ArticleWriter.moveIntoPlace(part, target);
        return report.build();
    }

    /** Counts each line in the report and writes the usable ones (when there is a writer). */
    private record Collector(ImportReport.Builder report, BufferedWriter out) implements JsonlPassageReader.Listener {

        @Override
        public void accepted(int line, JsonlPassage p, Article article) {
            report.imported();
            if (out == null) {
                return;
            }
            ObjectNode node = JSON.createObjectNode();
            node.put("id", p.id());
            node.put("title", p.title());
            node.put("url", p.url());
            if (p.section() != null) {
                node.put("section", p.section());
            }
            node.put("text", p.text());
            try {
                out.write(JSON.writeValueAsString(node));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void skipped(int line, String reason) {
            report.skipped("line " + line, reason);
        }

        @Override
        public void warning(int line, String message) {
            report.warning("line " + line, message);
        }
    }
}
