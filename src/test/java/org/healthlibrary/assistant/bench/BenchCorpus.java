package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A benchmark corpus and query set read from JSONL: passages ({@code id}, {@code title},
 * {@code url}, {@code text}) and queries ({@code qid}, {@code question}, {@code relevant}
 * passage ids, optional {@code subset}). Lines without the required fields fail the run with
 * the line number: a benchmark must not silently measure less than it says.
 */
final class BenchCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One passage line. */
    record Doc(String id, String title, String url, String text) {

        /** What a system indexes: title and text, or the text only. */
        String content(boolean withTitle) {
            return withTitle ? title + "\n" + text : text;
        }
    }

    /** One query line; {@code subset} is null when the file has none. */
    record Question(String qid, String question, List<String> relevant, String subset) {
    }

    private BenchCorpus() {
    }

    static List<Doc> docs(Path file) throws IOException {
        List<Doc> out = new ArrayList<>();
        forEachLine(file, (n, node) -> out.add(new Doc(required(node, "id", file, n), required(node, "title", file, n),
                node.path("url").asText(""), required(node, "text", file, n))));
        return out;
    }

    static List<Question> questions(Path file) throws IOException {
        List<Question> out = new ArrayList<>();
        forEachLine(file, (n, node) -> {
            List<String> relevant = new ArrayList<>();
            node.path("relevant").forEach(r -> relevant.add(r.asText()));
            if (relevant.isEmpty()) {
                throw new IllegalArgumentException(file + " line " + n + ": no 'relevant' ids");
            }
            String subset = node.hasNonNull("subset") ? node.get("subset").asText() : null;
            out.add(new Question(required(node, "qid", file, n), required(node, "question", file, n), relevant, subset));
        });
        return out;
    }

    /** A seeded random sample of {@code n} questions (all of them when n is 0 or larger than the set), in file order. */
    static List<Question> sample(List<Question> all, int n, long seed) {
        if (n <= 0 || n >= all.size()) {
            return all;
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            idx.add(i);
        }
        Collections.shuffle(idx, new Random(seed));
        return idx.subList(0, n).stream().sorted().map(all::get).toList();
    }

    /**
     * A seeded random sample of whole pages (ids {@code <source>/<page>/<n>} share a page) with
     * about {@code n} passages in all, so that every page keeps all its sections; all docs when
     * n is 0.
     */
    static List<Doc> samplePages(List<Doc> all, int n, long seed) {
        if (n <= 0 || n >= all.size()) {
            return all;
        }
        java.util.Map<String, List<Doc>> pages = new java.util.LinkedHashMap<>();
        for (Doc d : all) {
            int cut = d.id().lastIndexOf('/');
            pages.computeIfAbsent(cut > 0 ? d.id().substring(0, cut) : d.id(), k -> new ArrayList<>()).add(d);
        }
        List<List<Doc>> shuffled = new ArrayList<>(pages.values());
        Collections.shuffle(shuffled, new Random(seed));
        List<Doc> out = new ArrayList<>();
        for (List<Doc> page : shuffled) {
            if (out.size() >= n) {
                break;
            }
            out.addAll(page);
        }
        return out;
    }

    /** The questions whose relevant passages are all in {@code docs}. */
    static List<Question> answerableIn(List<Question> questions, List<Doc> docs) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        docs.forEach(d -> ids.add(d.id()));
        return questions.stream().filter(q -> ids.containsAll(q.relevant())).toList();
    }

    private interface LineHandler {
        void accept(int line, JsonNode node);
    }

    private static void forEachLine(Path file, LineHandler handler) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (!line.isBlank()) {
                    handler.accept(n, JSON.readTree(line));
                }
            }
        }
    }

    private static String required(JsonNode node, String field, Path file, int line) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(file + " line " + line + ": no '" + field + "'");
        }
        return v.asText();
    }
}
