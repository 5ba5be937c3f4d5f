package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The orchestrator's step order, read from the published trace: each answer's stages in the
 * order they ran, its draft, and how it was worded.
 */
@QuarkusTest
class AnswerServiceStepsTest {

    @Inject
    AnswerService answers;

    @Inject
    TraceStore traces;

    @Test
    void aLibraryQuestionRunsEveryStepInOrder() {
        AnswerResult r = answers.answer("What is pancytopenia?", Conversation.start());
        AnswerTrace t = traces.find(r.trace().id()).orElseThrow();
        assertThat(t.stageMillis().keySet()).containsExactly("labs", "safety", "retrieval", "gate", "compose", "wording");
        assertThat(t.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(t.draft()).startsWith("LibrarySentences[");
        assertThat(t.wording()).isEqualTo(WordingTrace.extractive());
        assertThat(t).isEqualTo(r.trace());
    }

    @Test
    void aRedFlagStopsAfterTheSafetyScreen() {
        AnswerResult r = answers.answer("I have crushing chest pain and can't breathe", Conversation.start());
        AnswerTrace t = traces.find(r.trace().id()).orElseThrow();
        assertThat(t.stageMillis().keySet()).containsExactly("labs", "safety", "wording");
        assertThat(t.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(t.draft()).isEqualTo("None notices=[Emergency] citations=0");
        assertThat(t.candidates()).isEmpty();
    }

    @Test
    void labValuesAreComposedWithoutRetrieval() {
        AnswerResult r = answers.answer("I am a 34 year old woman, platelets 85000/uL", Conversation.start());
        AnswerTrace t = traces.find(r.trace().id()).orElseThrow();
        assertThat(t.stageMillis().keySet()).containsExactly("labs", "safety", "compose", "wording");
        assertThat(t.rule()).isEqualTo("labs:thrombocytopenia");
    }

    @Test
    void aDecidedDraftIsNotPublishedUntilWorded() {
        DraftedAnswer drafted = answers.decide("What is pancytopenia?", Conversation.start(), null);
        assertThat(traces.find(drafted.trace().id())).isEmpty();
        assertThat(drafted.trace().wording()).isNull();
    }
}
