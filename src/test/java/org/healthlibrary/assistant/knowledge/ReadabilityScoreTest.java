package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadabilityScoreTest {

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("two sentences in one paragraph", "The cat sat. The dog ran!\n", 6, 2, 6),
                Arguments.of("a heading is a sentence", "## Overview\n", 1, 1, 3),
                Arguments.of("each list item is a sentence", "- Wash your hands\n- Stay home\n", 5, 2, 5),
                Arguments.of("a paragraph without a full stop is one sentence", "Call your provider\n", 3, 1, 5),
                Arguments.of("abbreviations do not end sentences", "Use soap, e.g. bar soap. Dr. Lee says so.\n", 9, 2, 9),
                Arguments.of("decimals do not end sentences", "A fever is 100.4 degrees or more.\n", 7, 1, 9),
                Arguments.of("link targets and emphasis are not words", "See [the **CBC** page](complete-blood-count.md).\n", 4, 1, 4),
                Arguments.of("code blocks are not prose", "```\nnot counted at all\n```\n", 0, 0, 0),
                Arguments.of("empty body", "", 0, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void countsWordsSentencesAndSyllables(String name, String markdown, int words, int sentences, int syllables) {
        assertThat(ReadabilityScore.of(markdown)).isEqualTo(new ReadabilityScore(words, sentences, syllables));
    }

    @Test
    void gradeIsFleschKincaidOverTheCounts() {
        String md = """
                ## Overview

                The cat sat. The dog ran!

                - Wash your hands
                - Stay home

                ### Is it bad?
                """;
        ReadabilityScore score = ReadabilityScore.of(md);

        // words 1+6+3+2+3, sentences 1+2+1+1+1, syllables 3+6+3+2+3
        assertThat(score).isEqualTo(new ReadabilityScore(15, 6, 17));
        assertThat(score.grade()).isCloseTo(0.39 * 15 / 6 + 11.8 * 17 / 15 - 15.59, within(1e-9));
        assertThat(score.gradeText()).isEqualTo("-1.2");
    }

    @Test
    void bodyWithoutWordsHasGradeZero() {
        assertThat(ReadabilityScore.of("").grade()).isZero();
    }
}
