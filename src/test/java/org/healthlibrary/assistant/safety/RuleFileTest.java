package org.healthlibrary.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileTest {

    @Test
    void parsesEntriesChildrenAndMacros() {
        RuleFile file = RuleFile.parse("test.txt", List.of(
                "# comment",
                "define WORD (?:a|b)",
                "",
                "KIND id-1 x{WORD}y",
                "  unless {WORD}",
                "  always",
                "KIND id-2 z"));
        assertThat(file.entries()).hasSize(2);
        RuleFile.Entry first = file.entries().get(0);
        assertThat(first.key()).isEqualTo("KIND");
        assertThat(first.firstAndRest()).containsExactly("id-1", "x(?:(?:a|b))y");
        assertThat(first.children()).extracting(RuleFile.Entry::key).containsExactly("unless", "always");
        assertThat(first.children().get(0).value()).isEqualTo("(?:(?:a|b))");
        assertThat(first.line()).isEqualTo(4);
    }

    @Test
    void errorsNameTheResourceAndLine() {
        assertThatIllegalStateException()
                .isThrownBy(() -> RuleFile.parse("rules.txt", List.of("KIND id {NOPE}")))
                .withMessage("rules.txt:1: unknown macro {NOPE}");
        assertThatIllegalStateException()
                .isThrownBy(() -> RuleFile.parse("rules.txt", List.of("  unless x")))
                .withMessage("rules.txt:1: indented line without an entry above it");
        RuleFile bad = RuleFile.parse("rules.txt", List.of("", "KIND id (unclosed"));
        assertThatIllegalStateException()
                .isThrownBy(() -> bad.entries().get(0).compile(bad.entries().get(0).firstAndRest()[1]))
                .withMessageStartingWith("rules.txt:2: bad regex");
    }

    @Test
    void shippedRuleFilesLoad() {
        assertThat(RedFlagRule.load("/safety/red-flags.txt")).hasSizeGreaterThan(60);
        assertThat(RedFlagScreen.standard()).isNotNull();
        assertThat(DiagnosisRequestDetector.standard()).isNotNull();
        assertThat(NoDiagnosisPolicy.standard()).isNotNull();
        assertThat(DoseRequestDetector.standard()).isNotNull();
        assertThat(PremiseChecker.standard()).isNotNull();
        assertThat(InjectionDetector.standard()).isNotNull();
    }

    @Test
    void everyCategoryHasRulesAndRuleIdsAreUnique() {
        List<RedFlagRule> rules = RedFlagRule.load("/safety/red-flags.txt");
        for (RedFlagCategory c : RedFlagCategory.values()) {
            if (c != RedFlagCategory.NEUTROPENIC_FEVER) {
                assertThat(rules).as("rules for %s", c).anyMatch(r -> r.kind().equals(c.name()));
            }
        }
        assertThat(rules).anyMatch(r -> r.kind().equals(RedFlagRule.FEVER));
        assertThat(rules).anyMatch(r -> r.kind().equals(RedFlagRule.FEVER_CONTEXT));
        assertThat(rules.stream().map(RedFlagRule::id).distinct().count()).isEqualTo(rules.size());
    }
}
