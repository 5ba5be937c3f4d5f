package org.healthlibrary.assistant.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSONL corpus, one passage per line: {@code {"id", "title", "url"?, "text", "section"?}}
 * (other keys are ignored), and turns each line into an {@link Article}: id slugged from the
 * line's id, body {@code ## <section>} then the text when the line has a section, else the
 * sections {@link JsonlSections} finds in its text (its "Symptoms:" lines, or the kind its title
 * names), no review date, no sources. Large corpora are why it exists (MedQuAD: 16,423 lines, 25 MB), so the
 * file is streamed: one line in memory at a time, plus the ids seen so far.
 *
 * <p>A line is skipped, with a reason, when it is not a JSON object, lacks a non-empty
 * {@code id}, {@code title} or {@code text}, has a {@code url} or {@code section} that is not
 * a string, or repeats an earlier line's id. Blank lines are ignored. Two different ids that
 * slug to the same article id keep both lines: the later one gets a {@code -2}, {@code -3}...
 * suffix and a warning.
 *
 * <p>Stateless and thread-safe; each {@code read} call has its own id bookkeeping.
 */
public final class JsonlPassageReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Receives each line's outcome in file order. Line numbers start at 1. */
    public interface Listener {

        /** A usable line: its validated fields and the article made from it. */
        void accepted(int line, JsonlPassage passage, Article article);

        /** A line that was skipped, and why. */
        void skipped(int line, String reason);

        /** A line that was kept but changed (its article id was made unique). */
        default void warning(int line, String message) {
        }
    }

    /** Reads {@code file} (UTF-8). */
    public void read(Path file, Listener listener) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, listener);
        }
    }

    /** Reads UTF-8 JSONL from {@code in} to its end; does not close it. */
    public void read(InputStream in, Listener listener) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Integer> lineOfId = new HashMap<>();
        Map<String, Integer> lineOfSlug = new HashMap<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonlPassage passage;
            try {
                passage = parse(line);
            } catch (SkipLine e) {
                listener.skipped(number, e.getMessage());
                continue;
            }
            Integer earlier = lineOfId.putIfAbsent(passage.id(), number);
            if (earlier != null) {
                listener.skipped(number, "id '" + passage.id() + "' repeats line " + earlier);
                continue;
            }
            String slug = Slugs.of(passage.id());
            String unique = slug;
            for (int n = 2; lineOfSlug.containsKey(unique); n++) {
                unique = slug + "-" + n;
            }
            if (!unique.equals(slug)) {
                listener.warning(number, "id '" + passage.id() + "' becomes article '" + unique + "' because '"
                        + slug + "' is taken by line " + lineOfSlug.get(slug));
            }
            lineOfSlug.put(unique, number);
            listener.accepted(number, passage, toArticle(unique, passage));
        }
    }

    /** The single-section article for a passage. */
    static Article toArticle(String articleId, JsonlPassage p) {
        String body;
        if (p.section() != null) {
            body = "## " + p.section() + "\n\n" + p.text() + "\n";
        } else {
            List<String> parts = new ArrayList<>();
            for (JsonlSections.Section s : JsonlSections.of(p.title(), p.text())) {
                parts.add("## " + s.heading() + "\n\n" + s.text() + "\n");
            }
            body = String.join("\n", parts);
        }
        return new Article(articleId, p.title(), p.url(), null, "", List.of(), List.of(), List.of(), body);
    }

    private static JsonlPassage parse(String line) throws SkipLine {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new SkipLine("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new SkipLine("not a JSON object");
        }
        String id = required(node, "id");
        String title = oneLine(required(node, "title"));
        String text = required(node, "text");
        String url = optional(node, "url");
        String section = optional(node, "section");
        return new JsonlPassage(id, title, url == null ? "" : url,
                section == null || section.isEmpty() ? null : oneLine(section), text);
    }

    private static String required(JsonNode node, String field) throws SkipLine {
        String value = optional(node, field);
        if (value == null) {
            throw new SkipLine("no '" + field + "'");
        }
        if (value.isEmpty()) {
            throw new SkipLine("'" + field + "' is empty");
        }
        return value;
    }

    private static String optional(JsonNode node, String field) throws SkipLine {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new SkipLine("'" + field + "' is not a string");
        }
        return value.asText().strip();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** A line that cannot be used; the message is the reason. */
    private static final class SkipLine extends Exception {
        SkipLine(String reason) {
            super(reason, null, false, false);
        }
    }
}
