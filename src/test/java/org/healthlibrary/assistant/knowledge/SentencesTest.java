package org.healthlibrary.assistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            One. Two! Three? Four         | One.#Two!#Three?#Four
            A temp of 38.5 is high. Call. | A temp of 38.5 is high.#Call.
            e.g. a lower-case word        | e.g. a lower-case word
            It said "stop." Then go.      | It said "stop."#Then go.
            (See below.) 2 more. "Quoted" | (See below.)#2 more.#"Quoted"
            Is it? (yes)                  | Is it?#(yes)
            no end mark                   | no end mark
            """)
    void splitsProse(String prose, String expected) {
        assertThat(Sentences.split(prose)).containsExactly(expected.split("#"));
    }

    @Test
    void spansCutClausesButNotDecimals() {
        String text = "temp 38.5. anc 0.4?! ok; fine\nnext";
        List<String> parts = Sentences.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
        assertThat(parts).containsExactly("temp 38.5.", " anc 0.4?!", " ok;", " fine\n", "next");
    }

    @Test
    void spansCoverEmptyText() {
        assertThat(Sentences.spans("")).singleElement().satisfies(s -> assertThat(s).containsExactly(0, 0));
    }
}
