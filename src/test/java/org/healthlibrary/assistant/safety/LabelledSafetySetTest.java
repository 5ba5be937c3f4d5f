package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthlibrary.assistant.cbc.Analyte;
import org.healthlibrary.assistant.cbc.CbcEnglish;
import org.healthlibrary.assistant.cbc.CbcInterpreter;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.cbc.ClinicalFacts;
import org.healthlibrary.assistant.cbc.LabExtraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the labelled message set ({@code safety/labelled-messages.jsonl}) through the safety
 * screen, with the clinical facts the CBC classifier reads from each message, and prints
 * sensitivity and specificity for emergencies, with per-kind counts. Fails below 100%
 * sensitivity or 95% specificity, on a wrong emergency category, on a crisis line given or
 * missing against a row's {@code crisis}, or on any detector field (diagnosis, dose, injection,
 * premise, health, lab) that a row sets; a {@code lab} row is read by the CBC classifier
 * (read: its {@code values} are classified; ask: a question and no classified value). Rows with {@code source} blind-round1/2 are the blind sets
 * of issue 16 (docs/safety-evaluation.md).
 */
class LabelledSafetySetTest {

    private static final String RESOURCE = "/safety/labelled-messages.jsonl";

    private record Row(int line, String text, boolean emergency, String category, String kind, JsonNode json) {

        /**
         * What the conversation knew (the row's {@code context}) plus the numeric facts
         * {@code cbc} reads from the message (measured fever, low counts): safety decides from
         * facts and reads no numbers itself. Chemotherapy comes from the row and the message's
         * words, which safety reads with its own negation and past-time handling.
         */
        ClinicalContext context() {
            String c = json.path("context").asText("");
            boolean knownLow = switch (c) {
                case "", "chemo" -> false;
                case "low-white" -> true;
                default -> throw new IllegalArgumentException("line " + line + ": unknown context " + c);
            };
            ClinicalFacts facts = factsOf(text);
            return new ClinicalContext(knownLow || facts.lowWhiteCells(), c.equals("chemo"), facts.measuredFever());
        }
    }

    private static final CbcInterpreter CBC = new CbcInterpreter(CbcEnglish.MESSAGES);

    /** The clinical facts the CBC classifier computes from one message. */
    static ClinicalFacts factsOf(String message) {
        LabExtraction extraction = CBC.extract(message);
        return ClinicalFacts.of(extraction, extraction.hasLabValues() ? CBC.interpret(extraction.toRequest()) : null);
    }

    /**
     * The standard screen as the pipeline runs it on one message: with the facts the lab reader
     * finds in it (low counts, a measured fever), the chemotherapy left to the words. The blind
     * rounds' family tests screen through this.
     */
    static RedFlagResult screenedWithItsFacts(String message) {
        ClinicalFacts facts = factsOf(message);
        return RedFlagScreen.standard().screen(message, new ClinicalContext(facts.lowWhiteCells(), false, facts.measuredFever()));
    }

    /** True when the pipeline would take the lab path for this message (lab values read). */
    static boolean hasLabValues(String message) {
        return CBC.extract(message).hasLabValues();
    }

    private static List<Row> rows;

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        rows = new ArrayList<>();
        try (InputStream in = LabelledSafetySetTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = mapper.readTree(line);
                String label = j.get("label").asText();
                assertThat(label).as("line %d label", n).isIn("EMERGENCY", "NOT_EMERGENCY");
                rows.add(new Row(n, j.get("text").asText(), label.equals("EMERGENCY"),
                        j.path("category").asText(""), j.get("kind").asText(), j));
            }
        }
    }

    @Test
    void setIsLargeAndVaried() {
        Map<String, Integer> kinds = countKinds();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(180);
        assertThat(rows.stream().filter(Row::emergency).count()).isGreaterThanOrEqualTo(70);
        assertThat(kinds.getOrDefault("near-miss", 0)).isGreaterThanOrEqualTo(50);
        assertThat(kinds.getOrDefault("diagnosis", 0)).isGreaterThanOrEqualTo(20);
        assertThat(kinds.getOrDefault("off-topic", 0)).isGreaterThanOrEqualTo(15);
        assertThat(kinds.getOrDefault("injection", 0)).isGreaterThanOrEqualTo(15);
        for (RedFlagCategory c : RedFlagCategory.values()) {
            assertThat(rows).as("an emergency of category %s", c).anyMatch(r -> r.category().equals(c.name()));
        }
    }

    @Test
    void emergenciesMeetSensitivityAndSpecificity() {
        SafetyScreen safety = SafetyScreen.standard();
        int tp = 0, fn = 0, tn = 0, fp = 0;
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, int[]> perKind = new TreeMap<>();
        long nanos = 0;
        for (Row r : rows) {
            long t0 = System.nanoTime();
            SafetyVerdict v = safety.assess(r.text(), r.context());
            nanos += System.nanoTime() - t0;
            RedFlagResult red = v.redFlag();
            int[] k = perKind.computeIfAbsent(r.kind(), x -> new int[2]);
            k[0]++;
            if (r.emergency()) {
                if (red.emergency()) {
                    tp++;
                    k[1]++;
                    if (!r.category().isEmpty() && red.category() != RedFlagCategory.valueOf(r.category())) {
                        failures.add("line " + r.line() + " category " + red.category() + " (" + red.ruleId()
                                + "), expected " + r.category() + ": " + r.text());
                    }
                } else {
                    fn++;
                    misses.add("line " + r.line() + " MISSED emergency: " + r.text());
                }
            } else if (red.emergency()) {
                fp++;
                falseAlarms.add("line " + r.line() + " false alarm " + red.category() + " (" + red.ruleId() + "): " + r.text());
            } else {
                tn++;
                k[1]++;
            }
            checkDetectors(r, v, failures);
        }
        double sensitivity = tp / (double) (tp + fn);
        double specificity = tn / (double) (tn + fp);
        System.out.printf("Labelled safety set: %d messages (%d emergencies, %d not)%n", rows.size(), tp + fn, tn + fp);
        System.out.printf("  sensitivity %.1f%% (%d/%d), specificity %.1f%% (%d/%d)%n",
                100 * sensitivity, tp, tp + fn, 100 * specificity, tn, tn + fp);
        perKind.forEach((kind, c) -> System.out.printf("  %-10s %3d messages, %3d screened correctly%n", kind, c[0], c[1]));
        System.out.printf("  mean %.1f us per message (SafetyScreen.assess, first run, JIT cold)%n", nanos / 1000.0 / rows.size());
        misses.forEach(f -> System.out.println("  " + f));
        falseAlarms.forEach(f -> System.out.println("  " + f));
        failures.forEach(f -> System.out.println("  " + f));

        assertThat(sensitivity).as("sensitivity; misses:%n%s", String.join("\n", misses)).isEqualTo(1.0);
        assertThat(specificity).as("specificity; false alarms:%n%s", String.join("\n", falseAlarms))
                .isGreaterThanOrEqualTo(0.95);
        assertThat(failures).as("category and detector mismatches").isEmpty();
    }

    private static void checkDetectors(Row r, SafetyVerdict v, List<String> failures) {
        JsonNode j = r.json();
        if (j.has("diagnosis") && j.get("diagnosis").asBoolean() != v.diagnosisRequest()) {
            failures.add("line " + r.line() + " diagnosisRequest " + v.diagnosisRequest() + ": " + r.text());
        }
        if (j.has("crisis") && v.redFlag().emergency() && j.get("crisis").asBoolean() != v.redFlag().crisis()) {
            failures.add("line " + r.line() + " crisis line " + v.redFlag().crisis() + ": " + r.text());
        }
        if (j.has("dose") && j.get("dose").asBoolean() != v.doseRequest()) {
            failures.add("line " + r.line() + " doseRequest " + v.doseRequest() + ": " + r.text());
        }
        if (j.has("injection") && j.get("injection").asBoolean() != v.injection()) {
            failures.add("line " + r.line() + " injection " + v.injection() + ": " + r.text());
        }
        if (j.has("health") && j.get("health").asBoolean() != v.healthRelated()) {
            failures.add("line " + r.line() + " healthRelated " + v.healthRelated() + ": " + r.text());
        }
        if (j.has("lab")) {
            checkLab(r, failures);
        }
        if (j.has("premise")) {
            String expected = j.get("premise").asText();
            String actual = v.premiseCorrection().map(PremiseCorrection::articleId).orElse("");
            if (!expected.equals(actual)) {
                failures.add("line " + r.line() + " premise '" + actual + "', expected '" + expected + "': " + r.text());
            }
        }
    }

    /**
     * A lab row ({@code lab}: read or ask): "read" must classify each of {@code values} (in the
     * normalised unit, or per microlitre for counts); "ask" must raise a question and classify
     * nothing, so no value is guessed.
     */
    private static void checkLab(Row r, List<String> failures) {
        LabExtraction x = CBC.extract(r.text());
        CbcReport report = x.hasLabValues() ? CBC.interpret(x.toRequest()) : null;
        if (r.json().get("lab").asText().equals("ask")) {
            if (report == null || report.questions().isEmpty() || !report.analytes().isEmpty()) {
                failures.add("line " + r.line() + " lab trap not asked about"
                        + (report == null ? "" : " " + report.analytes()) + ": " + r.text());
            }
            return;
        }
        r.json().path("values").fields().forEachRemaining(e -> {
            Analyte analyte = Analyte.fromCode(e.getKey()).orElseThrow();
            double expected = e.getValue().asDouble();
            boolean read = report != null && report.analytes().stream().anyMatch(a -> a.analyte() == analyte
                    && (Math.abs(a.value() - expected) < 1e-6 || Math.abs(a.value() * 1000 - expected) < 1e-6));
            if (!read) {
                failures.add("line " + r.line() + " lab " + e.getKey() + " " + expected + " not read: " + r.text());
            }
        });
    }

    private static Map<String, Integer> countKinds() {
        Map<String, Integer> kinds = new TreeMap<>();
        rows.forEach(r -> kinds.merge(r.kind(), 1, Integer::sum));
        return kinds;
    }
}
