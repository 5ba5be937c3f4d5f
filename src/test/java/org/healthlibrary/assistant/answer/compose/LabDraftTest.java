package org.healthlibrary.assistant.answer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerDraft;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.DraftBody;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.answer.SafetyNotice;
import org.healthlibrary.assistant.cbc.CbcEnglish;
import org.healthlibrary.assistant.cbc.CbcInterpreter;
import org.healthlibrary.assistant.cbc.CbcPattern;
import org.healthlibrary.assistant.cbc.Urgency;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.safety.RedFlagCategory;
import org.junit.jupiter.api.Test;

/** The three lab drafts, from real classifier reports and a fixed overview. */
class LabDraftTest {

    static final Passage OVERVIEW = new Passage("thrombocytopenia#overview", "thrombocytopenia", "Thrombocytopenia",
            "https://x/thrombocytopenia#overview", "Overview", null, "Platelets are low. They help clotting. Third.");

    /** Overviews with one article. */
    static final class FixedOverviews extends Overviews {
        FixedOverviews() {
            super(null, null);
        }

        @Override
        public Optional<Passage> of(String articleId) {
            return OVERVIEW.articleId().equals(articleId) ? Optional.of(OVERVIEW) : Optional.empty();
        }
    }

    private final CbcInterpreter interpreter = new CbcInterpreter(CbcEnglish.MESSAGES);
    private final LabDraft drafts = new LabDraft(new FixedOverviews());

    @Test
    void aResultLeadsWithTheSummaryAndCitesThePatternsOverview() {
        CbcReport report = interpreter.interpret("I am a 34 year old woman, platelets 85000/uL");
        AnswerDraft d = drafts.compose(report, Conversation.start());
        assertThat(d.outcome()).isEqualTo(Outcome.LAB_RESULT);
        assertThat(d.rule()).isEqualTo("labs:thrombocytopenia");
        assertThat(d.body()).isEqualTo(new DraftBody.LabResult(report.summary(), "Platelets are low. They help clotting."));
        assertThat(d.citations()).extracting(Citation::articleId).containsExactly("thrombocytopenia");
        assertThat(d.conversation().lastArticleId()).isEqualTo("thrombocytopenia");
        assertThat(d.notices()).isEmpty();
        assertThat(d.labReport()).isSameAs(report);
    }

    @Test
    void aFeverWithVeryLowNeutrophilsIsAnEmergencyWithTheReportsReasons() {
        CbcReport report = interpreter.interpret("on chemo, fever 38.4, anc 0.3");
        AnswerDraft d = drafts.compose(report, Conversation.start());
        assertThat(d.outcome()).isEqualTo(Outcome.EMERGENCY);
        assertThat(d.rule()).isEqualTo("labs:emergency");
        assertThat(d.notices()).containsExactly(new SafetyNotice.Emergency(RedFlagCategory.NEUTROPENIC_FEVER));
        assertThat(d.body()).isEqualTo(new DraftBody.LabFindings(report.reasons()));
        assertThat(d.citations()).isEmpty();
    }

    @Test
    void valuesThatNeedAQuestionAskIt() {
        CbcReport report = new CbcReport(List.of(), CbcPattern.NONE, List.of(), Urgency.ROUTINE, List.of(),
                List.of("Which unit was the platelet count in?"), "Nothing classified.", "rules", List.of());
        AnswerDraft d = drafts.compose(report, Conversation.start());
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_CLARIFICATION);
        assertThat(d.rule()).isEqualTo("labs:needs-clarification");
        assertThat(d.body()).isEqualTo(new DraftBody.LabQuestions(null, report.questions()));
        assertThat(d.citations()).isEqualTo(List.of());
    }
}
