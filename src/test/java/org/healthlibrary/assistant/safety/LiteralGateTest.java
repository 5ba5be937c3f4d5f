package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralGateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~~ ", quoteCharacter = '"', textBlock = """
            \\bchest ?(?:pain|pressure) ~~ my chest hurts ~~ true
            \\bchest ?(?:pain|pressure) ~~ my heart hurts ~~ false
            \\b(?:fainted|passed out)\\b|\\bcollapsed\\b ~~ he collapsed ~~ true
            \\b(?:fainted|passed out)\\b|\\bcollapsed\\b ~~ he fell ~~ false
            \\b(?:(?:vomit|puke)|threw up) blood ~~ i threw up blood ~~ true
            \\b(?:(?:vomit|puke)|threw up) blood ~~ blood test ~~ false
            (?<!risk of )\\bstroke ~~ anything at all ~~ false
            (?<!risk of )\\bstroke ~~ a stroke ~~ true
            \\b(?:mini )?stroke ~~ anything at all ~~ false
            \\b(?:mini )?stroke ~~ had a stroke ~~ true
            \\b(?:mini )?stroke ~~ a mini one ~~ true
            \\b\\d+ pills ~~ took 12 pills ~~ true
            \\b\\d+ pills ~~ took a dozen pills ~~ false
            \\b(?:[2-4]|two) of ~~ 3 of them ~~ true
            \\b(?:[2-4]|two) of ~~ 5 of them ~~ false
            [^a-z]pill ~~ anything at all ~~ true
            \\b[a-z]+ing ~~ anything at all ~~ true
            \\bsuicid(?:e|al)\\b ~~ feeling suicidal ~~ true
            \\bsuicid(?:e|al)\\b ~~ feeling sad ~~ false
            \\bbreaths? hard ~~ breath ~~ true
            \\bfoo|(?:bar|) ~~ anything at all ~~ true
            """)
    void gatesOnlyWhenTheShapeIsPlain(String regex, String text, boolean expected) {
        assertThat(LiteralGate.of(regex).mightMatch(text)).isEqualTo(expected);
    }

    @Test
    void gatedFindGivesExactlyTheMatchesOfMatcherFindForEveryShippedPattern() throws Exception {
        List<String> texts = new ArrayList<>(corpus());
        StringBuilder runOn = new StringBuilder();
        for (int i = 0; i < texts.size(); i += 7) {
            runOn.append(texts.get(i)).append(i % 3 == 0 ? ". " : " and ");
            if (runOn.length() > 2_000) {
                texts.add(runOn.toString());
                runOn.setLength(0);
            }
        }
        int matches = 0;
        for (PatternSet.Named n : shippedPatterns()) {
            for (String text : texts) {
                List<String> expected = new ArrayList<>();
                Matcher plain = n.pattern().matcher(text);
                while (plain.find()) {
                    expected.add(plain.start() + "-" + plain.end());
                }
                List<String> gated = new ArrayList<>();
                Matcher m = n.pattern().matcher(text);
                for (int from = 0; n.gate().find(m, text, from); from = LiteralGate.after(m)) {
                    gated.add(m.start() + "-" + m.end());
                }
                assertThat(gated).as("%s on: %s", n.id(), text).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiterString = " ~~ ", textBlock = """
            \\bchest pain\\b ~~ no pain in the chest pain clinic, chest painful ~~ 15-25
            \\bbleed(?:ing)? ~~ bleeding, rebleed, bleed ~~ 0-8,19-24
            \\bstroke(?<!heat stroke) ~~ heat stroke, a stroke ~~ 15-21
            \\bfever\\b|\\bchills ~~ chills and feverish, then a fever ~~ 0-6,28-33
            (?<!no )\\bfever ~~ no fever but a fever now ~~ 15-20
            """)
    void gatedFindSeesTheTextAroundEachLiteral(String regex, String text, String spans) {
        LiteralGate gate = LiteralGate.of(regex);
        assertThat(gate.passesEverything()).isFalse();
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        for (int from = 0; gate.find(m, text, from); from = LiteralGate.after(m)) {
            found.add(m.start() + "-" + m.end());
        }
        assertThat(String.join(",", found)).isEqualTo(spans);
    }

    private static List<PatternSet.Named> shippedPatterns() throws Exception {
        List<PatternSet.Named> all = new ArrayList<>();
        for (RedFlagRule r : RedFlagRule.load("/safety/red-flags.txt")) {
            all.add(new PatternSet.Named(r.id(), r.pattern(), r.gate()));
        }
        Set<String> keys = Set.of("request", "answer");
        for (String file : List.of("/safety/diagnosis.txt", "/safety/doses.txt")) {
            all.addAll(PatternSet.of(RuleFile.load(file), "request", keys).patterns());
            all.addAll(PatternSet.of(RuleFile.load(file), "answer", keys).patterns());
        }
        all.addAll(PatternSet.of(RuleFile.load("/safety/injection.txt"), "pattern", Set.of("pattern")).patterns());
        all.addAll(PremiseChecker.standard().patterns());
        for (Pattern p : List.of(MentionCues.RECURRENCE, MentionCues.NO_RECURRENCE, MentionCues.HAVING_IT_NOW)) {
            all.add(new PatternSet.Named(p.pattern().substring(0, 20), p, LiteralGate.forPattern(p)));
        }
        return all;
    }

    @Test
    void neverRejectsATextThatAShippedPatternMatches() throws Exception {
        List<PatternSet.Named> all = shippedPatterns();

        List<String> corpus = corpus();
        int gated = 0;
        int checks = 0;
        for (PatternSet.Named n : all) {
            if (!n.gate().passesEverything()) {
                gated++;
            }
            for (String text : corpus) {
                if (n.pattern().matcher(text).find()) {
                    checks++;
                    assertThat(n.gate().mightMatch(text)).as("gate of %s on: %s", n.id(), text).isTrue();
                }
            }
        }
        System.out.printf("LiteralGate: %d of %d patterns gated; %d matches checked%n", gated, all.size(), checks);
        assertThat(gated).as("nearly every pattern has a gate (an ungated one is tried at every position of a 2,000-character message)")
                .isGreaterThanOrEqualTo(all.size() * 95 / 100);
        assertThat(checks).isGreaterThan(1000);
    }

    private static List<String> corpus() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (var in = LiteralGateTest.class.getResourceAsStream("/safety/labelled-messages.jsonl")) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String text = mapper.readTree(line).get("text").asText();
                out.add(CanonicalText.normalize(text));
                out.add(text.toLowerCase(Locale.ROOT));
                for (String sentence : Pattern.compile("(?<=[.!?])\\s+").split(CanonicalText.normalize(text))) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }
}
