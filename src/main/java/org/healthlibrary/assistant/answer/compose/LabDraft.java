package org.healthlibrary.assistant.answer.compose;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.answer.AnswerDraft;
import org.healthlibrary.assistant.answer.Conversation;
import org.healthlibrary.assistant.answer.DraftBody;
import org.healthlibrary.assistant.answer.ExtractiveComposer;
import org.healthlibrary.assistant.answer.LabAnswers;
import org.healthlibrary.assistant.answer.Outcome;
import org.healthlibrary.assistant.answer.SafetyNotice;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.cbc.Urgency;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.safety.RedFlagCategory;

/**
 * The draft for a message with lab values: an emergency (neutropenic fever guidance and the
 * report's reasons), the questions to ask first, or the report's summary with the lead of the
 * library overview for its pattern, citing it. Deterministic; thread-safe.
 */
@ApplicationScoped
public class LabDraft {

    /** Sentences of the pattern's overview after the summary. */
    static final int OVERVIEW_SENTENCES = 2;

    private final Overviews overviews;

    public LabDraft(Overviews overviews) {
        this.overviews = overviews;
    }

    /** The draft for {@code report} in the conversation {@code state}, with no safety notices. */
    public AnswerDraft compose(CbcReport report, Conversation state) {
        return compose(report, state, List.of());
    }

    /**
     * The draft for {@code report} with the notices the safety verdict asks for ({@link Notices#forLabs}:
     * a declined dose, the bleeding-risk caution, the answer to "is this bad?"), so that "can I take
     * aspirin with platelets of 30, and how many?" gets all three. An emergency carries only its guidance.
     */
    public AnswerDraft compose(CbcReport report, Conversation state, List<SafetyNotice> notices) {
        if (report.urgency() == Urgency.EMERGENCY) {
            return new AnswerDraft(Outcome.EMERGENCY, "labs:emergency",
                    List.of(new SafetyNotice.Emergency(RedFlagCategory.NEUTROPENIC_FEVER)),
                    new DraftBody.LabFindings(report.reasons()), List.of(), List.of(), report, state);
        }
        if (!report.questions().isEmpty()) {
            String summary = LabAnswers.classifiedAny(report) ? report.summary() : null;
            return new AnswerDraft(Outcome.NEEDS_CLARIFICATION, "labs:needs-clarification", notices,
                    new DraftBody.LabQuestions(summary, report.questions()), List.of(), List.of(), report, state);
        }
        Optional<Passage> overview = overviews.of(LabAnswers.articleFor(report.pattern()));
        String lead = overview.map(p -> ExtractiveComposer.lead(p.text(), OVERVIEW_SENTENCES)).orElse("");
        return new AnswerDraft(Outcome.LAB_RESULT, "labs:" + report.pattern().name().toLowerCase(), notices,
                new DraftBody.LabResult(report.summary(), lead), List.of(), Overviews.cite(overview), report,
                Overviews.about(state, overview));
    }
}
