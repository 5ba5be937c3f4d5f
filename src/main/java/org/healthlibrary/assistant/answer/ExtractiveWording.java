package org.healthlibrary.assistant.answer;

import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.safety.EmergencyGuidance;
import org.healthlibrary.assistant.safety.SafetyMessages;

/**
 * Renders a draft as decided, with no model: each safety notice as the sentence of the {@code safety}
 * message bundle, then the body (library sentences, a reply from {@link AnswerMessages}, a lab
 * summary or compared topics), joined by single spaces. The default wording, and the text every
 * model fallback uses. Stateless and thread-safe.
 */
public final class ExtractiveWording implements AnswerWording {

    private final AnswerMessages messages;
    private final SafetyMessages safety;
    private final EmergencyGuidance emergencies;

    public ExtractiveWording(AnswerMessages messages, SafetyMessages safety) {
        this.messages = messages;
        this.safety = safety;
        this.emergencies = new EmergencyGuidance(safety);
    }

    @Override
    public Worded word(DraftedAnswer drafted) {
        return new Worded(text(drafted.draft()), WordingTrace.extractive());
    }

    @Override
    public String mode() {
        return "extractive";
    }

    /** The whole text of a draft. */
    public String text(AnswerDraft draft) {
        return withNotices(draft, body(draft.body()));
    }

    /** The notices of {@code draft} followed by {@code bodyText} (a model's wording of the body, say). */
    public String withNotices(AnswerDraft draft, String bodyText) {
        List<String> parts = new ArrayList<>(notices(draft.notices()));
        if (!(draft.body() instanceof DraftBody.None)) {
            parts.add(bodyText);
        }
        return String.join(" ", parts);
    }

    /** The sentence for each notice, in order. */
    public List<String> notices(List<SafetyNotice> notices) {
        return notices.stream().map(this::notice).toList();
    }

    /** The body's text. */
    public String body(DraftBody body) {
        return switch (body) {
            case DraftBody.None none -> "";
            case DraftBody.LibrarySentences s -> String.join(" ", s.sentences());
            case DraftBody.Overview o -> o.suggestions().isEmpty() ? String.join(" ", o.sentences())
                    : String.join(" ", o.sentences()) + " " + messages.askAlso(String.join(" ", o.suggestions()));
            case DraftBody.Reply r -> reply(r.kind());
            case DraftBody.LabFindings lab -> String.join(" ", lab.reasons());
            case DraftBody.LabQuestions lab -> labQuestions(lab);
            case DraftBody.LabResult lab -> (lab.summary() + " " + lab.libraryLead()).strip();
            case DraftBody.Comparison c -> String.join(" ", c.topics().stream()
                    .map(t -> messages.comparedTopic(t.title(), t.lead())).toList()).strip();
        };
    }

    private String notice(SafetyNotice notice) {
        return switch (notice) {
            case SafetyNotice.DoseDeclined d -> safety.doseDeclined();
            case SafetyNotice.NoDiagnosis d -> safety.noDiagnosis();
            case SafetyNotice.Cautioned c -> c.caution().text(safety);
            case SafetyNotice.PremiseCorrection p -> p.correction();
            case SafetyNotice.Emergency e -> emergencies.forCategory(e.category(), e.crisis());
        };
    }

    private String reply(DraftBody.Reply.Kind kind) {
        return switch (kind) {
            case NOT_IN_LIBRARY -> messages.notInLibrary();
            case OUT_OF_SCOPE -> messages.outOfScope();
            case GREETING -> messages.greeting();
            case THANKS -> messages.thanks();
        };
    }

    private String labQuestions(DraftBody.LabQuestions lab) {
        String lead = lab.summary() == null ? messages.labQuestionsLead() : lab.summary();
        return lead + " " + String.join(" ", lab.questions());
    }
}
