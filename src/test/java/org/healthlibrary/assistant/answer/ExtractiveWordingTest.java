package org.healthlibrary.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthlibrary.assistant.safety.SafetyEnglish;
import org.healthlibrary.assistant.safety.RedFlagCategory;
import org.junit.jupiter.api.Test;

/** How a draft becomes text without a model: notices first, in order, then the body, single spaces. */
class ExtractiveWordingTest {

    private final ExtractiveWording wording = new ExtractiveWording(new StubMessages(), SafetyEnglish.MESSAGES);

    private static AnswerDraft draft(Outcome outcome, List<SafetyNotice> notices, DraftBody body) {
        return new AnswerDraft(outcome, "rule", notices, body, List.of(), List.of(), null, Conversation.start());
    }

    @Test
    void noticesLeadTheLibrarySentencesInOrder() {
        AnswerDraft d = draft(Outcome.ANSWERED, List.of(new SafetyNotice.PremiseCorrection("r", "Not so.", "a"),
                new SafetyNotice.DoseDeclined(), new SafetyNotice.NoDiagnosis()),
                new DraftBody.LibrarySentences(List.of("One.", "Two.")));
        assertThat(wording.text(d)).isEqualTo("Not so. " + SafetyEnglish.DOSE_DECLINED + " " + SafetyEnglish.NO_DIAGNOSIS
                + " One. Two.");
        Worded w = wording.word(new DraftedAnswer(d, "q", null, null));
        assertThat(w.text()).isEqualTo(wording.text(d));
        assertThat(w.trace()).isEqualTo(WordingTrace.extractive());
    }

    @Test
    void aModelBodyKeepsTheNotices() {
        AnswerDraft d = draft(Outcome.ANSWERED, List.of(new SafetyNotice.NoDiagnosis()),
                new DraftBody.LibrarySentences(List.of("One.")));
        assertThat(wording.withNotices(d, "Model words.")).isEqualTo(SafetyEnglish.NO_DIAGNOSIS + " Model words.");
    }

    @Test
    void anEmergencyIsTheGuidanceAlone() {
        AnswerDraft d = draft(Outcome.EMERGENCY, List.of(new SafetyNotice.Emergency(RedFlagCategory.NEUTROPENIC_FEVER)),
                new DraftBody.None());
        assertThat(wording.text(d)).isEqualTo(SafetyEnglish.emergency(RedFlagCategory.NEUTROPENIC_FEVER));
        AnswerDraft lab = draft(Outcome.EMERGENCY, d.notices(), new DraftBody.LabFindings(List.of("A.", "B.")));
        assertThat(wording.text(lab))
                .isEqualTo(SafetyEnglish.emergency(RedFlagCategory.NEUTROPENIC_FEVER) + " A. B.");
    }

    @Test
    void repliesComeFromTheBundle() {
        assertThat(wording.body(new DraftBody.Reply(DraftBody.Reply.Kind.NOT_IN_LIBRARY))).isEqualTo("[not-in-library]");
        assertThat(wording.body(new DraftBody.Reply(DraftBody.Reply.Kind.OUT_OF_SCOPE))).isEqualTo("[out-of-scope]");
        assertThat(wording.body(new DraftBody.Reply(DraftBody.Reply.Kind.GREETING))).isEqualTo("[greeting]");
        assertThat(wording.body(new DraftBody.Reply(DraftBody.Reply.Kind.THANKS))).isEqualTo("[thanks]");
        assertThat(wording.text(draft(Outcome.NOT_IN_LIBRARY, List.of(new SafetyNotice.DoseDeclined()),
                new DraftBody.Reply(DraftBody.Reply.Kind.NOT_IN_LIBRARY))))
                .isEqualTo(SafetyEnglish.DOSE_DECLINED + " [not-in-library]");
    }

    @Test
    void labBodies() {
        assertThat(wording.body(new DraftBody.LabQuestions(null, List.of("Q1?", "Q2?"))))
                .isEqualTo("[lab-questions-lead] Q1? Q2?");
        assertThat(wording.body(new DraftBody.LabQuestions("Summary.", List.of("Q1?")))).isEqualTo("Summary. Q1?");
        assertThat(wording.body(new DraftBody.LabResult("Summary.", "Lead one. Lead two.")))
                .isEqualTo("Summary. Lead one. Lead two.");
        assertThat(wording.body(new DraftBody.LabResult("Summary.", ""))).isEqualTo("Summary.");
    }

    @Test
    void comparedTopicsSideBySide() {
        assertThat(wording.body(new DraftBody.Comparison(List.of(new DraftBody.Comparison.Topic("A", "a."),
                new DraftBody.Comparison.Topic("B", "b."))))).isEqualTo("[A|a.] [B|b.]");
    }

    @Test
    void aCorrectionAloneHasNoTrailingSpace() {
        assertThat(wording.text(draft(Outcome.ANSWERED, List.of(new SafetyNotice.PremiseCorrection("r", "Not so.", "a")),
                new DraftBody.None()))).isEqualTo("Not so.");
    }
}
