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
        assertThat(t.stageMillis().keySet()).containsExactly("labs", "safety", "safety-neighbours", "retrieval", "gate",
                "compose", "wording");
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
    void aRedFlagTheRulesMissCanComeFromTheSecondOpinion() {
        AnswerResult r = answers.answer("there was a lot of dark red in the bowl after i pooped", Conversation.start());
        AnswerTrace t = traces.find(r.trace().id()).orElseThrow();
        assertThat(t.stageMillis().keySet()).containsExactly("labs", "safety", "safety-neighbours", "wording");
        assertThat(t.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(t.rule()).isEqualTo("red-flag:neighbours:bloody_or_black_stool");
        assertThat(t.safety().redFlagCategory()).isEqualTo("BLOODY_OR_BLACK_STOOL");
        NeighbourTrace n = t.safety().neighbours();
        assertThat(n.prefilterPassed()).isTrue();
        assertThat(n.prefilterMargin()).isGreaterThanOrEqualTo(-0.084);
        assertThat(n.model()).isEqualTo("bge-small-en-v15-q-t128");
        assertThat(n.category()).isEqualTo("BLOODY_OR_BLACK_STOOL");
        assertThat(n.nearest()).isEqualTo("there was a ton of blood in the toilet after i went, bright red, like the whole bowl");
        assertThat(n.nearestLabel()).isEqualTo("BLOODY_OR_BLACK_STOOL");
        assertThat(n.nearestSimilarity()).isBetween(0.70, 1.0);
        assertThat(n.emergencyShare()).isBetween(0.5, 1.0);
    }

    @Test
    void theSecondOpinionDoesNotRunOnLabValuesOrAfterTheRules() {
        AnswerResult lab = answers.answer("I am a 34 year old woman, platelets 85000/uL", Conversation.start());
        assertThat(lab.trace().safety().neighbours()).isNull();
        AnswerResult red = answers.answer("I have crushing chest pain and can't breathe", Conversation.start());
        assertThat(red.trace().safety().neighbours()).isNull();
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

    @Test
    void theTraceCarriesTheMessageTheEvidenceAndWhoAsked() {
        AnswerResult r = answers.answer("What is pancytopenia?", Conversation.start());
        AnswerTrace t = r.trace();
        assertThat(t.origin()).isEqualTo(AnswerTrace.Origin.PATIENT);
        assertThat(t.message()).isEqualTo("What is pancytopenia?");
        assertThat(t.answer()).isEqualTo(r.answer());
        assertThat(t.citations()).isEqualTo(r.citations());
        assertThat(t.candidates().getFirst().articleId()).isEqualTo("pancytopenia");
        assertThat(t.candidates().getFirst().bm25()).isPositive();
        assertThat(t.safety()).usingRecursiveComparison().ignoringFields("neighbours")
                .isEqualTo(new SafetyTrace(null, null, false, false, false, null, true, java.util.List.of()));
        // a library question far from every emergency: the prefilter stops it, the bge vote never runs
        NeighbourTrace n = t.safety().neighbours();
        assertThat(n.prefilterPassed()).isFalse();
        assertThat(n.prefilterMargin()).isLessThan(-0.084);
        assertThat(n.prefilterNearest()).isNotBlank();
        assertThat(n.model()).isNull();
        assertThat(n.nearest()).isNull();
        assertThat(n.category()).isNull();
        assertThat(t.lab()).isNull();
        assertThat(t.unknownTerms()).isEmpty();
        assertThat(answers.answerForStaff("What is pancytopenia?", Conversation.start()).trace().origin())
                .isEqualTo(AnswerTrace.Origin.STAFF);
        assertThat(answers.answerFor(AnswerTrace.Origin.SUITE, "What is pancytopenia?", Conversation.start()).trace().origin())
                .isEqualTo(AnswerTrace.Origin.SUITE);
    }

    @Test
    void anUnknownMedicalTermIsKeptWithoutTheRestOfTheMessage() {
        AnswerTrace t = answers.answer("My aunt has brucellosis, what is it?", Conversation.start()).trace();
        assertThat(t.outcome()).isEqualTo(Outcome.NOT_IN_LIBRARY);
        assertThat(t.rule()).isEqualTo(EvidenceGate.UNKNOWN_MEDICAL_TERM);
        assertThat(t.unknownTerms()).containsExactly("brucellosis");
        assertThat(answers.answer("What is pancytopenia?", Conversation.start()).trace().unknownTerms()).isEmpty();
    }

    @Test
    void aDoseRequestAndLabValuesShowInTheSafetyAndLabParts() {
        AnswerTrace dose = answers.answer("How many mg of ibuprofen can I take?", Conversation.start()).trace();
        assertThat(dose.safety().doseRequest()).isTrue();
        AnswerTrace lab = answers.answer("my platelets are 40", Conversation.start()).trace();
        assertThat(lab.lab().pattern()).isEqualTo("THROMBOCYTOPENIA");
        assertThat(lab.lab().values()).singleElement().satisfies(v -> {
            assertThat(v.analyte()).isEqualTo("PLATELETS");
            assertThat(v.value()).isEqualTo(40.0);
            assertThat(v.status()).isEqualTo("LOW");
            assertThat(v.range()).isEqualTo("150-450 x10^9/L");
            assertThat(v.source()).isNotBlank();
        });
    }
}
