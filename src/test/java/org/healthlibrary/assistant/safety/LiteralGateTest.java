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
            (?<!risk of )\\bstroke ~~ anything at all ~~ true
            \\b(?:mini )?stroke ~~ anything at all ~~ true
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
    void neverRejectsATextThatAShippedPatternMatches() throws Exception {
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
        assertThat(gated).as("most patterns have a gate").isGreaterThan(all.size() / 2);
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
