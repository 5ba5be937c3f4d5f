package org.healthlibrary.assistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseCheckTest {

    private static final ProbeAnswer ANSWER = new ProbeAnswer("ANSWERED",
            "Pancytopenia is not the same as leukemia. It is a finding on a blood test.",
            "pancytopenia", "Common questions > Is pancytopenia leukemia?", null, null);

    private static CaseSpec spec(String outcome, List<String> citations, List<String> must, List<String> mustNot,
                                 String pattern, String urgency) {
        return new CaseSpec("c", List.of("Is pancytopenia leukemia?"), outcome, citations, must, mustNot, pattern, urgency, true);
    }

    @Test
    void aMatchingAnswerPasses() {
        assertThat(CaseCheck.failures(spec("ANSWERED", List.of("anemia", "pancytopenia#common questions"),
                List.of("NOT THE SAME as leukemia"), List.of("you have leukemia"), null, null), ANSWER)).isEmpty();
    }

    @Test
    void everyUnmetExpectationIsOneLine() {
        assertThat(CaseCheck.failures(spec("NOT_IN_LIBRARY", List.of("pancytopenia#Overview"), List.of("bone marrow"),
                List.of("blood test"), "PANCYTOPENIA", "URGENT"), ANSWER)).containsExactly(
                "outcome was ANSWERED, expected NOT_IN_LIBRARY",
                "first citation was pancytopenia#Common questions > Is pancytopenia leukemia?, expected one of [pancytopenia#Overview]",
                "answer lacks \"bone marrow\"",
                "answer contains \"blood test\"",
                "lab pattern was null, expected PANCYTOPENIA",
                "lab urgency was null, expected URGENT");
    }

    @Test
    void passageIdsMatchTheCitedSection() {
        assertThat(CaseCheck.citationMatches("pancytopenia#common-questions/is-pancytopenia-leukemia", ANSWER)).isTrue();
        assertThat(CaseCheck.citationMatches("pancytopenia#common-questions", ANSWER)).isTrue();
        assertThat(CaseCheck.citationMatches("pancytopenia#common-questions/is-it-cancer", ANSWER)).isFalse();
        assertThat(CaseCheck.citationMatches("anemia#common-questions/is-pancytopenia-leukemia", ANSWER)).isFalse();
    }

    @Test
    void anAnswerWithoutCitationsFailsACitationExpectation() {
        ProbeAnswer none = new ProbeAnswer("OUT_OF_SCOPE", "I can only help with health questions.", null, null, null, null);
        assertThat(CaseCheck.failures(spec(null, List.of("anemia"), List.of(), List.of(), null, null), none))
                .containsExactly("first citation was none, expected one of [anemia]");
    }
}
