package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionChunkerTest {

    private static Article article(String body) {
        return new Article("pancytopenia", "Pancytopenia", "https://example.org/pancytopenia", null, "",
                List.of(), List.of(), List.of(), body);
    }

    @Test
    void splitsBySectionAndQuestionKeepingTheHeadingPath() {
        List<Passage> passages = new SectionChunker().chunk(article("""
                Intro before any heading.

                ## Symptoms
                Symptoms depend on which counts are low:

                - Tiredness
                - Easy **bruising** and [bleeding](bruising-and-bleeding.md)

                ## Common questions

                ### Is pancytopenia leukemia?
                Pancytopenia is not the same as leukemia.

                ### Can pancytopenia go away?
                Sometimes it can.
                """));
        assertThat(passages).extracting(Passage::id).containsExactly(
                "pancytopenia#overview",
                "pancytopenia#symptoms",
                "pancytopenia#common-questions/is-pancytopenia-leukemia",
                "pancytopenia#common-questions/can-pancytopenia-go-away");
        Passage symptoms = passages.get(1);
        assertThat(symptoms.text()).isEqualTo(
                "Symptoms depend on which counts are low:\n- Tiredness\n- Easy bruising and bleeding");
        assertThat(symptoms.url()).isEqualTo("https://example.org/pancytopenia#symptoms");
        Passage question = passages.get(2);
        assertThat(question.headingPath()).containsExactly("Pancytopenia", "Common questions", "Is pancytopenia leukemia?");
        assertThat(question.url()).isEqualTo("https://example.org/pancytopenia#is-pancytopenia-leukemia");
        assertThat(passages.get(0).section()).isEqualTo("Overview");
    }

    @Test
    void emptySectionsAreSkippedAndRepeatedHeadingsGetUniqueIds() {
        List<Passage> passages = new SectionChunker().chunk(article("""
                ## Overview
                ## Causes
                One.
                ## Causes
                Two.
                """));
        assertThat(passages).extracting(Passage::id).containsExactly("pancytopenia#causes", "pancytopenia#causes~2");
    }
}
