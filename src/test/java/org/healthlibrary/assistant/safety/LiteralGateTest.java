package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.bench.LongMessageBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralGateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~~ ", quoteCharacter = '"', textBlock = """
            \\bchest ?(?:pain|pressure) ~~ my chest hurts ~~ false
            \\bchest ?(?:pain|pressure) ~~ chest and heart pain ~~ true
            \\bchest ?(?:pain|pressure) ~~ my heart hurts ~~ false
            \\b(?:fainted|passed out)\\b|\\bcollapsed\\b ~~ he collapsed ~~ true
            \\b(?:fainted|passed out)\\b|\\bcollapsed\\b ~~ he fell ~~ false
            \\b(?:(?:vomit|puke)|threw up) blood ~~ i threw up blood ~~ true
            \\b(?:(?:vomit|puke)|threw up) blood ~~ blood test ~~ false
            (?<!risk of )\\bstroke ~~ anything at all ~~ false
            (?<!risk of )\\bstroke ~~ a stroke ~~ true
            \\b(?:mini )?stroke ~~ anything at all ~~ false
            \\b(?:mini )?stroke ~~ had a stroke ~~ true
            \\b(?:mini )?stroke ~~ a mini one ~~ false
            \\b(?:mini )?stroke ~~ a mini one, no stroke ~~ true
            \\b\\d+ pills ~~ took 12 pills ~~ true
            \\b\\d+ pills ~~ took a dozen pills ~~ false
            \\b(?:[2-4]|two) of ~~ 3 of them ~~ true
            \\b(?:[2-4]|two) of ~~ 5 of them ~~ false
            [^a-z]pill ~~ anything at all ~~ true
            \\b[a-z]+ing ~~ anything at all ~~ true
            \\bsuicid(?:e|al)\\b ~~ feeling suicidal ~~ true
            \\bsuicid(?:e|al)\\b ~~ feeling sad ~~ false
            \\bbreaths? hard ~~ breath ~~ false
            \\bbreaths? hard ~~ breath, hard ~~ true
            \\bfoo|(?:bar|) ~~ anything at all ~~ true
            (?i)chest pain ~~ CHEST PAIN ~~ true
            \\bchest pain|(?i)heart ~~ HEART ~~ true
            \\Qchest|pain\\E ~~ chest|pain ~~ true
            """)
    void gatesOnlyWhenTheShapeIsPlain(String regex, String text, boolean expected) {
        assertThat(LiteralGate.of(regex).mightMatch(text)).isEqualTo(expected);
        if (!expected) {
            assertThat(Pattern.compile(regex).matcher(text).find()).as("a rejected text has no match").isFalse();
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiterString = " ~~ ", quoteCharacter = '"', textBlock = """
            \\b(?:take|[a-z]{3,}azole)\\b[^.!?\\n]{0,60}?\\b\\d{1,2} ?(?:am|pm) (?:instead of|rather than) ~~ take it at 9 pm or later ~~ false
            \\b(?:take|[a-z]{3,}azole)\\b[^.!?\\n]{0,60}?\\b\\d{1,2} ?(?:am|pm) (?:instead of|rather than) ~~ take it at nine instead of ten ~~ false
            \\b(?:take|[a-z]{3,}azole)\\b[^.!?\\n]{0,60}?\\b\\d{1,2} ?(?:am|pm) (?:instead of|rather than) ~~ fluconazole at 9pm rather than bedtime ~~ true
            \\b[a-z]+ (?:and|&) how (?:much|many) ~~ aspirin and how often ~~ false
            \\b[a-z]+ (?:and|&) how (?:much|many) ~~ aspirin & how many ~~ true
            \\b[a-z]+ (?:and|&) how (?:much|many) ~~ how much and when ~~ false
            \\b[a-z]{3,} should i (?:skip|hold)(?! it) ~~ now should i hold it ~~ true
            \\b[a-z]{3,} should i (?:skip|hold)(?: it)? ~~ so should i skip ~~ true
            \\b[a-z]{3,} should i (?:skip|hold) ~~ should we skip ~~ false
            \\bfoo.* x|\\bbar ~~ only foo here ~~ false
            \\bfoo.* x|\\bbar ~~ a bar ~~ true
            \\bfoo.* x|\\bbar ~~ foo and x ~~ true
            \\bpills? (?:with|after) food ~~ a pill after food ~~ true
            \\bpills? (?:with|after) food ~~ a pill before food ~~ false
            """)
    void requiresOneLiteralOfEachRequiredSetOfSomeBranch(String regex, String text, boolean expected) {
        assertThat(LiteralGate.of(regex).mightMatch(text)).isEqualTo(expected);
        if (!expected) {
            assertThat(Pattern.compile(regex).matcher(text).find()).as("a rejected text has no match").isFalse();
        }
    }

    @Test
    void findSkipsABranchThatCannotMatchAndKeepsTheOthersMatches() {
        String regex = "\\bfoo.* x\\b|\\bbar y";
        String text = "foo bar y, foo bar y";
        LiteralGate gate = LiteralGate.of(regex);
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        for (int from = 0; gate.find(m, text, from); from = LiteralGate.after(m)) {
            found.add(m.start() + "-" + m.end());
        }
        assertThat(found).containsExactly("4-9", "15-20");
    }

    @Test
    void theFourCostlyDoseRulesSkipLongMessagesWithoutTheirPhrases() throws Exception {
        Set<String> costly = Set.of("relative-to-food", "skip-for-reading", "clock-instead", "and-how-much");
        String runOn = CanonicalText.normalize("so my doctor talked about anemia and metformin and I have been tired for 3 weeks "
                .repeat(24) + "anyway what is anemia?");
        int seen = 0;
        for (PatternSet.Named n : PatternSet.of(RuleFile.load("/safety/doses.txt"), "request", Set.of("request", "answer")).patterns()) {
            if (costly.contains(n.id())) {
                seen++;
                assertThat(n.gate().mightMatch(runOn)).as(n.id()).isFalse();
            }
        }
        assertThat(seen).isEqualTo(4);
    }

    @Test
    void gatedFindGivesExactlyTheMatchesOfMatcherFindForEveryShippedPattern() throws Exception {
        List<String> texts = new ArrayList<>(corpus());
        texts.addAll(runOns(texts));
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

        List<String> corpus = new ArrayList<>(corpus());
        corpus.addAll(runOns(corpus));
        for (List<String> kind : LongMessageBench.texts(new Random(23)).values()) {
            kind.forEach(text -> corpus.add(CanonicalText.normalize(text)));
        }
        int gated = 0;
        int withRequired = 0;
        int checks = 0;
        for (PatternSet.Named n : all) {
            if (!n.gate().passesEverything()) {
                gated++;
            }
            if (n.gate().hasRequired()) {
                withRequired++;
            }
            for (String text : corpus) {
                if (n.pattern().matcher(text).find()) {
                    checks++;
                    assertThat(n.gate().mightMatch(text)).as("gate of %s on: %s", n.id(), text).isTrue();
                }
            }
        }
        System.out.printf("LiteralGate: %d of %d patterns gated, %d with required literals; %d matches checked%n",
                gated, all.size(), withRequired, checks);
        assertThat(gated).as("nearly every pattern has a gate (an ungated one is tried at every position of a 2,000-character message)")
                .isGreaterThanOrEqualTo(all.size() * 95 / 100);
        assertThat(checks).isGreaterThan(1000);
        assertThat(withRequired).as("most patterns need more than their start").isGreaterThanOrEqualTo(all.size() / 2);
    }

    /** The texts joined into run-ons of about 2,000 characters, as a patient's long message. */
    private static List<String> runOns(List<String> texts) {
        List<String> out = new ArrayList<>();
        StringBuilder runOn = new StringBuilder();
        for (int i = 0; i < texts.size(); i += 7) {
            runOn.append(texts.get(i)).append(i % 3 == 0 ? ". " : " and ");
            if (runOn.length() > 2_000) {
                out.add(runOn.toString());
                runOn.setLength(0);
            }
        }
        return out;
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
