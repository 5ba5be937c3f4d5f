package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.cbc.CbcEnglish;
import org.healthlibrary.assistant.cbc.CbcInterpreter;
import org.healthlibrary.assistant.cbc.ClinicalFacts;
import org.healthlibrary.assistant.cbc.LabExtraction;
import org.healthlibrary.assistant.safety.ClinicalContext;
import org.healthlibrary.assistant.safety.RedFlagResult;
import org.healthlibrary.assistant.safety.SafetyExemplar;
import org.healthlibrary.assistant.safety.SafetyExemplars;
import org.healthlibrary.assistant.safety.SafetyScreen;
import org.healthlibrary.assistant.search.EmbeddingCache;
import org.healthlibrary.assistant.search.PassageEmbedder;

/**
 * The messages {@link SafetyNeighboursEvaluation} works on, each with what the pipeline would
 * know before the second opinion: the rules' red-flag result (with the facts {@code cbc} reads),
 * whether the message takes the lab path (no second opinion there), and its embedding (the
 * raw message, as the pipeline embeds it; cached on disk so reruns embed nothing).
 */
final class NeighbourEvalData {

    /** One message with its label and what the pipeline knows. */
    record Item(SafetyExemplar exemplar, RedFlagResult rules, boolean lab, float[] vector) {
        String text() {
            return exemplar.text();
        }
    }

    private static final CbcInterpreter CBC = new CbcInterpreter(CbcEnglish.MESSAGES);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PassageEmbedder embedder;
    private final EmbeddingCache cache;

    NeighbourEvalData(PassageEmbedder embedder, Path cacheDir) throws IOException {
        this.embedder = embedder;
        this.cache = EmbeddingCache.open(cacheDir, "safety-" + embedder.id(), embedder.dimension());
    }

    /** The shipped exemplars as items. */
    List<Item> exemplars() throws IOException {
        List<Item> out = new ArrayList<>();
        for (SafetyExemplar e : SafetyExemplars.shipped()) {
            out.add(item(e));
        }
        cache.flush();
        return out;
    }

    /**
     * Ordinary questions (not emergencies): the shipped-library questions, the patient-worded
     * set and, when given, a JSON-lines file of further questions ({@code text} field).
     */
    List<Item> ordinaryQuestions(Path extra) throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/questions/shipped-library.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                texts.add(line.split("\t", 2)[0]);
            }
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/questions/patient-worded.jsonl"))) {
            if (line.startsWith("{")) {
                texts.add(JSON.readTree(line).get("text").asText());
            }
        }
        if (extra != null) {
            for (String line : Files.readAllLines(extra)) {
                if (line.startsWith("{")) {
                    texts.add(JSON.readTree(line).get("text").asText());
                }
            }
        }
        List<Item> out = new ArrayList<>();
        for (String t : texts) {
            out.add(item(new SafetyExemplar(t, false, null, false, "question", "questions")));
        }
        cache.flush();
        return out;
    }

    /** The given messages as items (in order). */
    List<Item> items(List<SafetyExemplar> messages) throws IOException {
        List<Item> out = new ArrayList<>();
        for (SafetyExemplar e : messages) {
            out.add(item(e));
        }
        cache.flush();
        return out;
    }

    /**
     * A blind round's messages from its folder ({@code emergencies.jsonl}, {@code near-misses.jsonl},
     * {@code doses.jsonl}) as exemplars with source {@code source}.
     */
    static List<SafetyExemplar> blindRound(Path dir, String source) throws IOException {
        List<SafetyExemplar> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("emergencies.jsonl"))) {
            if (line.startsWith("{")) {
                var j = JSON.readTree(line);
                out.add(new SafetyExemplar(j.get("text").asText(), true,
                        org.healthlibrary.assistant.safety.RedFlagCategory.valueOf(j.get("category").asText()
                                .replace("BLACK_OR_BLOODY_STOOL", "BLOODY_OR_BLACK_STOOL")
                                .replaceAll("^HEAD_INJURY$", "HEAD_INJURY_HEADACHE")),
                        j.path("crisis").asBoolean(false), "emergency", source));
            }
        }
        for (String file : List.of("near-misses.jsonl", "doses.jsonl")) {
            for (String line : Files.readAllLines(dir.resolve(file))) {
                if (line.startsWith("{")) {
                    var j = JSON.readTree(line);
                    out.add(new SafetyExemplar(j.get("text").asText(), false, null, false,
                            j.path("kind").asText("dose"), source));
                }
            }
        }
        return out;
    }

    /** The texts of round 4's first-try misses and false alarms, from the run's printed report. */
    static List<List<String>> firstTryFailures(Path report) throws IOException {
        List<String> missed = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        Matcher m;
        Pattern miss = Pattern.compile("^\\s+EMERGENCY MISSED \\[\\w+] got \\w+: (.*)$");
        Pattern alarm = Pattern.compile("^\\s+FALSE ALARM \\[\\w+] \\w+: (.*)$");
        for (String line : Files.readAllLines(report)) {
            if ((m = miss.matcher(line)).matches()) {
                missed.add(m.group(1));
            } else if ((m = alarm.matcher(line)).matches()) {
                alarms.add(m.group(1));
            }
        }
        return List.of(missed, alarms);
    }

    private Item item(SafetyExemplar e) throws IOException {
        float[] v = cache.get(e.text());
        if (v == null) {
            v = embedder.embedQuery(e.text());
            cache.put(e.text(), v);
        }
        return screened(e, v);
    }

    /** The message with the rules' result (with the facts {@code cbc} reads) and its given embedding. */
    static Item screened(SafetyExemplar e, float[] vector) {
        LabExtraction extraction = CBC.extract(e.text());
        ClinicalFacts facts = ClinicalFacts.of(extraction,
                extraction.hasLabValues() ? CBC.interpret(extraction.toRequest()) : null);
        ClinicalContext context = new ClinicalContext(facts.lowWhiteCells(), false, facts.measuredFever());
        RedFlagResult rules = SafetyScreen.standard().assess(e.text(), context).redFlag();
        return new Item(e, rules, extraction.hasLabValues(), vector);
    }
}
