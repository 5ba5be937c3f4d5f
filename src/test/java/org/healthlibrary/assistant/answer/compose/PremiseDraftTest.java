package org.healthlibrary.assistant.answer.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthlibrary.assistant.answer.AnswerDraft;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.DraftBody;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.answer.SafetyNotice;
import org.healthlibrary.assistant.safety.PremiseCorrection;
import org.junit.jupiter.api.Test;

/** A correction on its own cites its article's overview. */
class PremiseDraftTest {

    @Test
    void theCorrectionAloneCitingItsArticle() {
        PremiseCorrection premise = new PremiseCorrection("Low platelets are not always serious.", "thrombocytopenia",
                "low-platelets-not-always-serious");
        AnswerDraft d = new PremiseDraft(new LabDraftTest.FixedOverviews()).compose(premise, Conversation.start());
        assertThat(d.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(d.rule()).isEqualTo("premise:low-platelets-not-always-serious");
        assertThat(d.notices()).containsExactly(new SafetyNotice.PremiseCorrection("low-platelets-not-always-serious",
                "Low platelets are not always serious.", "thrombocytopenia"));
        assertThat(d.body()).isEqualTo(new DraftBody.None());
        assertThat(d.citations()).extracting(Citation::section).containsExactly("Overview");
        assertThat(d.conversation().lastArticleTitle()).isEqualTo("Thrombocytopenia");
    }
}
