package org.healthlibrary.assistant.answer.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Releasing a streamed answer a sentence at a time. */
class SentenceBufferTest {

    @Test
    void releasesCompleteSentencesOnly() {
        SentenceBuffer b = new SentenceBuffer();
        b.append("A normal count is 4.5");
        assertThat(b.completeEnd()).isEqualTo(-1);
        b.append(" to 11. Ask your");
        int end = b.completeEnd();
        assertThat(b.text().substring(0, end)).isEqualTo("A normal count is 4.5 to 11.");
        assertThat(b.release(end)).isEqualTo("A normal count is 4.5 to 11.");
        assertThat(b.completeEnd()).isEqualTo(-1);
        b.append(" provider! Or");
        assertThat(b.release(b.completeEnd())).isEqualTo(" Ask your provider!");
        assertThat(b.rest()).isEqualTo(" Or");
    }

    @Test
    void findsTheLastCompleteSentenceWhenSeveralArrive() {
        SentenceBuffer b = new SentenceBuffer();
        b.append("One. Two? Three");
        assertThat(b.release(b.completeEnd())).isEqualTo("One. Two?");
    }
}
