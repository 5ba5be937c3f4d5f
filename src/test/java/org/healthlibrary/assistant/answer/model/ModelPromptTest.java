package org.healthlibrary.assistant.answer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthlibrary.assistant.answer.AnswerWording.WordingRequest;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.search.SearchHit;
import org.junit.jupiter.api.Test;

/** The passages block and the grounding built from a wording request. */
class ModelPromptTest {

    private static SearchHit hit(String title, String section, String question, String text) {
        return new SearchHit(new Passage("id-" + title, "a", title, "https://x/" + title, section, question, text),
                1f, text, 1.0, true);
    }

    @Test
    void passagesAreNumberedUnderTheirHeadingPaths() {
        WordingRequest request = new WordingRequest("s", "Is it serious?", List.of(
                hit("Anemia", "Overview", null, "Anemia means a low red cell count.\n"),
                hit("Anemia", "Common questions", "Is anemia serious?", "It can be.")), null, "extractive");
        ModelPrompt prompt = ModelPrompt.of(request, null);
        assertThat(prompt.passages()).isEqualTo("""
                [1] Anemia > Overview
                Anemia means a low red cell count.

                [2] Anemia > Common questions > Is anemia serious?
                It can be.""");
        assertThat(prompt.labReport()).isEqualTo("none");
        assertThat(prompt.question()).isEqualTo("Is it serious?");
        assertThat(prompt.grounding().sources()).containsExactly(
                "Anemia > Overview\nAnemia means a low red cell count.\n",
                "Anemia > Common questions > Is anemia serious?\nIt can be.");
    }

    @Test
    void aLabReportIsGivenAndGroundsNumbers() {
        WordingRequest request = new WordingRequest("s", "q", List.of(), null, "e");
        ModelPrompt prompt = ModelPrompt.of(request, "{\"value\":45}");
        assertThat(prompt.labReport()).isEqualTo("{\"value\":45}");
        assertThat(prompt.grounding().text()).contains("45");
    }
}
