package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthlibrary.assistant.knowledge.Slugs;

/**
 * MedQuAD as a hospital's library, with some topics held out: every passage whose topic
 * ({@code focus}) falls in the first {@value #REMOVED_BUCKETS} of {@value #BUCKETS} buckets of a
 * fixed hash is left out of the library, so that questions about those topics must be answered
 * "not in our library". The kept lines are written verbatim to a JSONL file under
 * {@code target/} that the service's own loader reads, exactly as a hospital would drop its
 * corpus into the knowledge folder. Topics, not questions, are split into a tuning part and a
 * held-out part (bucket divisible by 3), so no held-out topic is ever seen while tuning.
 */
final class MedquadLibrary {

    static final int BUCKETS = 30;
    static final int REMOVED_BUCKETS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One question: text, relevant line ids, topic, and whether its topic is in the library. */
    record Question(String qid, String question, List<String> relevant, String focus, boolean answerable,
                    String split) {
    }

    private final Path corpus;
    private final Path topicsOf;
    private final int maxPassages;
    private final Set<String> libraryTopics = new HashSet<>();
    private final Map<String, String> lineIdOfArticle = new HashMap<>();
    private final Set<String> keptIds = new HashSet<>();
    private final Map<String, String> focusOfLine = new HashMap<>();
    private int removedLines;

    /**
     * @param corpus      the MedQuAD passages
     * @param topicsOf    a query file whose topics' pages are always in the library (null: none)
     * @param maxPassages when above 0, the library is those pages plus seeded random other pages up
     *                    to about this many passages (whole pages, so every topic keeps its sections)
     */
    MedquadLibrary(Path corpus, Path topicsOf, int maxPassages) {
        this.corpus = corpus;
        this.topicsOf = topicsOf;
        this.maxPassages = maxPassages;
    }

    static int bucket(String focus) {
        return Math.floorMod(focus.strip().toLowerCase(Locale.ROOT).hashCode(), BUCKETS);
    }

    static boolean removed(String focus) {
        return bucket(focus) < REMOVED_BUCKETS;
    }

    static String split(String focus) {
        return bucket(focus) % 3 == 0 ? "heldout" : "tune";
    }

    /** Writes the kept lines to {@code folder/medquad-kept.jsonl} (once; the same bytes every time). */
    Path writeLibrary(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path out = folder.resolve("medquad-kept.jsonl");
        Path tmp = folder.resolve("medquad-kept.jsonl.tmp");
        Set<String> pages = pages();
        Map<String, Integer> slugs = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
             Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                if (pages != null && !pages.contains(page(n.get("id").asText()))) {
                    continue;
                }
                libraryTopics.add(n.path("focus").asText("").strip().toLowerCase(Locale.ROOT));
                if (removed(n.path("focus").asText(""))) {
                    removedLines++;
                    continue;
                }
                String id = n.get("id").asText();
                String slug = Slugs.of(id);
                String unique = slug;
                for (int k = 2; slugs.containsKey(unique); k++) {
                    unique = slug + "-" + k;
                }
                slugs.put(unique, 1);
                lineIdOfArticle.put(unique, id);
                keptIds.add(id);
                focusOfLine.put(id, n.path("focus").asText(""));
                w.write(line);
                w.write('\n');
            }
        }
        if (Files.exists(out) && Files.mismatch(out, tmp) == -1) {
            Files.delete(tmp);
        } else {
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return out;
    }

    /** The pages of the library: all (null), or the query file's topics' pages plus seeded random others. */
    private Set<String> pages() throws IOException {
        if (maxPassages <= 0) {
            return null;
        }
        Set<String> topics = new HashSet<>();
        if (topicsOf != null) {
            for (String line : Files.readAllLines(topicsOf, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    topics.add(JSON.readTree(line).path("focus").asText("").strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, Integer> size = new java.util.LinkedHashMap<>();
        Set<String> chosen = new HashSet<>();
        int total = 0;
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String page = page(n.get("id").asText());
                size.merge(page, 1, Integer::sum);
                if (topics.contains(n.path("focus").asText("").strip().toLowerCase(Locale.ROOT))) {
                    chosen.add(page);
                }
            }
        }
        for (String p : chosen) {
            total += size.get(p);
        }
        List<String> others = new ArrayList<>(size.keySet());
        others.removeAll(chosen);
        java.util.Collections.shuffle(others, new java.util.Random(42));
        for (String p : others) {
            if (total >= maxPassages) {
                break;
            }
            chosen.add(p);
            total += size.get(p);
        }
        return chosen;
    }

    private static String page(String lineId) {
        int cut = lineId.lastIndexOf('/');
        return cut > 0 ? lineId.substring(0, cut) : lineId;
    }

    int keptLines() {
        return keptIds.size();
    }

    int removedLines() {
        return removedLines;
    }

    /** The topic of a kept corpus line ("" when unknown). */
    String focusOf(String lineId) {
        return focusOfLine.getOrDefault(lineId, "");
    }

    /** The corpus line an article of the library was made from. */
    String lineIdOf(String articleId) {
        return lineIdOfArticle.get(articleId);
    }

    /** The questions of a query file: answerable when all relevant lines are kept, unanswerable when the topic was removed. */
    List<Question> questions(Path queries) throws IOException {
        List<Question> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(queries, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String focus = n.path("focus").asText("");
                List<String> relevant = new ArrayList<>();
                n.path("relevant").forEach(r -> relevant.add(r.asText()));
                boolean gone = removed(focus) && libraryTopics.contains(focus.strip().toLowerCase(Locale.ROOT));
                if (!gone && !keptIds.containsAll(relevant)) {
                    continue;
                }
                out.add(new Question(n.get("qid").asText(), n.get("question").asText(), relevant, focus, !gone,
                        split(focus)));
            }
        }
        return out;
    }
}
