package org.healthlibrary.assistant.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.answer.compose.ComparisonDraft;
import org.healthlibrary.assistant.answer.compose.FollowUp;
import org.healthlibrary.assistant.answer.compose.LabDraft;
import org.healthlibrary.assistant.answer.compose.Notices;
import org.healthlibrary.assistant.answer.compose.PassageDraft;
import org.healthlibrary.assistant.answer.compose.PremiseDraft;
import org.healthlibrary.assistant.answer.compose.StatementDraft;
import org.healthlibrary.assistant.answer.compose.Suggestions;
import org.healthlibrary.assistant.cbc.CbcInterpreter;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.cbc.ClinicalFacts;
import org.healthlibrary.assistant.cbc.LabExtraction;
import org.healthlibrary.assistant.cbc.Urgency;
import org.healthlibrary.assistant.safety.ClinicalContext;
import org.healthlibrary.assistant.safety.InjectionDetector;
import org.healthlibrary.assistant.safety.SafetyVerdict;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * The answering pipeline shared by every channel (chat, stream, voice, console). It decides an
 * {@link AnswerDraft} in a fixed order, then has it worded:
 * <ol>
 *   <li>lab values are read from the message (deterministic, no model), so that</li>
 *   <li>the red-flag screen knows about low white cells and chemotherapy; where its rules find
 *       no red flag and the message has no lab values, its meaning-based {@link SecondOpinion}
 *       may still find one; a red flag is an emergency draft and nothing else;</li>
 *   <li>lab values are drafted by {@link LabDraft};</li>
 *   <li>otherwise retrieval and the {@link EvidenceGate} (which also chooses the citations),
 *       a pronoun {@link FollowUp} when the gate did not answer, a {@link ComparisonDraft},
 *       the {@link PassageDraft} when the gate answered, an {@link UrgencyQuestion} asked again
 *       in the library's words, a {@link PremiseDraft}, or a fixed reply (not in the library,
 *       out of scope); a message that only states and names a library topic gets the topic's
 *       overview ({@link StatementDraft}) when retrieval found nothing that answers it;</li>
 *   <li>a not-in-library or clarification draft gets the questions to offer instead
 *       ({@link Suggestions}).</li>
 * </ol>
 * {@link #answer} words the draft with the configured {@link AnswerWording}; a stream words it
 * itself and then calls {@link #publish}. Each answer's trace is fired as {@link AnswerTraced}
 * once its wording is final. Thread-safe.
 */
@ApplicationScoped
public class AnswerService {

    private final PassageSearch search;
    private final AnswerConfig config;
    private final AnswerWording wording;
    private final CbcInterpreter labs;
    private final LibraryScopes scopes;
    private final LabDraft labDrafts;
    private final PassageDraft passageDrafts;
    private final ComparisonDraft comparisons;
    private final PremiseDraft premises;
    private final StatementDraft statements;
    private final Suggestions suggestions;
    private final Event<AnswerTraced> traced;
    private final SecondOpinion secondOpinion;
    private final EvidenceGate gate;
    private final InjectionDetector injections = InjectionDetector.standard();


    @SuppressWarnings("checkstyle:ParameterNumber")
    public AnswerService(PassageSearch search, AnswerConfig config, AnswerWording wording, CbcInterpreter labs,
                         LibraryScopes scopes, LabDraft labDrafts, PassageDraft passageDrafts,
                         ComparisonDraft comparisons, PremiseDraft premises, StatementDraft statements,
                         Suggestions suggestions, Event<AnswerTraced> traced, SecondOpinion secondOpinion) {
        this.search = search;
        this.config = config;
        this.wording = wording;
        this.labs = labs;
        this.scopes = scopes;
        this.labDrafts = labDrafts;
        this.passageDrafts = passageDrafts;
        this.comparisons = comparisons;
        this.premises = premises;
        this.statements = statements;
        this.suggestions = suggestions;
        this.traced = traced;
        this.secondOpinion = secondOpinion;
        this.gate = new EvidenceGate(config.minCoverage(), config.maxCitations(), CalibratedGate.shipped(),
                config.calibratedGate());
    }

    /** Answers one message in the given conversation (no session id: no model chat memory). */
    public AnswerResult answer(String message, Conversation conversation) {
        return answer(message, conversation, null);
    }

    /** Answers one message of the session {@code sessionId}: decides, words, publishes the trace. */
    public AnswerResult answer(String message, Conversation conversation, String sessionId) {
        return word(decide(message, conversation, sessionId, AnswerTrace.Origin.PATIENT));
    }

    /**
     * Answers one message sent by staff (the console's test) or by a suite run exactly as a
     * patient's, with a trace marked with that {@code origin}, so it is not counted as a patient's.
     */
    public AnswerResult answerFor(AnswerTrace.Origin origin, String message, Conversation conversation) {
        return word(decide(message, conversation, null, origin));
    }

    /** {@link #answerFor} with {@link AnswerTrace.Origin#STAFF}: the console's "test an answer". */
    public AnswerResult answerForStaff(String message, Conversation conversation) {
        return answerFor(AnswerTrace.Origin.STAFF, message, conversation);
    }

    private AnswerResult word(DraftedAnswer drafted) {
        long start = System.nanoTime();
        Worded worded = wording.word(drafted);
        return publish(drafted, worded, (System.nanoTime() - start) / 1e6);
    }

    /** Decides the draft for one message, without wording it or publishing its trace. */
    public DraftedAnswer decide(String message, Conversation conversation, String sessionId) {
        return decide(message, conversation, sessionId, AnswerTrace.Origin.PATIENT);
    }

    private DraftedAnswer decide(String message, Conversation conversation, String sessionId, AnswerTrace.Origin origin) {
        TraceRecorder trace = new TraceRecorder(origin, message);
        LibraryScopes.Scope scope = scopes.current();
        LabExtraction extraction = trace.stage("labs", () -> labs.extract(message));
        CbcReport report = extraction.hasLabValues()
                ? trace.stage("labs", () -> labs.interpret(extraction.toRequest())) : null;
        ClinicalFacts facts = ClinicalFacts.of(extraction, report);
        Conversation state = conversation.knowing(facts.lowWhiteCells(), facts.onChemotherapy());
        ClinicalContext clinical = new ClinicalContext(state.lowWhiteCellsKnown(), state.onChemotherapy(),
                facts.measuredFever());
        SafetyVerdict screened = trace.stage("safety", () -> scope.screen().assess(message, clinical));
        SafetyVerdict verdict = secondOpinion.review(trace, message, screened, report);
        String query = verdict.injection() ? injections.neutralize(message) : message;
        AnswerDraft draft;
        if (verdict.emergency()) {
            CbcReport labEmergency = report != null && report.urgency() == Urgency.EMERGENCY ? report : null;
            draft = new AnswerDraft(Outcome.EMERGENCY, "red-flag:" + verdict.redFlag().ruleId(),
                    List.of(new SafetyNotice.Emergency(verdict.redFlag().category(), verdict.redFlag().crisis())), new DraftBody.None(),
                    List.of(), List.of(), labEmergency, state);
        } else if (report != null) {
            AnswerDraft lab = trace.stage("compose", () -> labDrafts.compose(report, state, Notices.forLabs(verdict)));
            draft = lab.offersSuggestions() ? lab.withSuggestions(suggestions.forLabs(report)) : lab;
        } else {
            draft = library(trace, message, query, verdict, state, scope);
        }
        return new DraftedAnswer(draft, query, sessionId, trace.finish(draft));
    }

    /** Retrieval, the gate, then the first composer that applies. */
    private AnswerDraft library(TraceRecorder trace, String message, String query, SafetyVerdict verdict,
                                Conversation state, LibraryScopes.Scope scope) {
        AskedQuestion asked = AskedQuestion.read(query, state, scope.topics());
        AnswerDraft found = retrieved(trace, message, query, verdict, state, scope, asked);
        if (found.outcome() == Outcome.OUT_OF_SCOPE && !asked.query().equals(query)) {
            // the story told what the question part only points at ("tiny red dots ..., what are they")
            asked = AskedQuestion.whole(query, asked);
            found = retrieved(trace, message, query, verdict, state, scope, asked);
        }
        List<LibraryTopics.Named> named = asked.named();
        if (found.outcome() == Outcome.NOT_IN_LIBRARY && asked.kind() == QuestionPart.Kind.STATEMENT
                && !named.isEmpty()) {
            Optional<AnswerDraft> overview = trace.stage("compose", () -> statements.compose(named, verdict, state));
            if (overview.isPresent()) {
                return overview.get();
            }
        }
        return found;
    }

    /**
     * The draft from retrieval: a follow-up, a comparison, the gate's passages, a question about
     * an emergency asked again in the library's words, a premise correction, or a refusal.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    private AnswerDraft retrieved(TraceRecorder trace, String message, String query, SafetyVerdict verdict,
                                  Conversation state, LibraryScopes.Scope scope, AskedQuestion asked) {
        String ask = asked.query();
        SearchResult result = UrgencyQuestion.signFirst(ask,
                trace.stage("retrieval", () -> search.search(ask, config.candidates())));
        EvidenceGate.Decision decision = asked.onStory(
                trace.stage("gate", () -> gate.decide(ask, result, scope.classifier())));
        if (EvidenceGate.UNKNOWN_MEDICAL_TERM.equals(decision.rule())) {
            trace.unknownTerms(EvidenceGate.unknownMedicalTerms(ask, result.terms().unknown(), scope.classifier()));
        }
        Optional<FollowUp.Retried> followUp = asked.carried() ? Optional.empty() : FollowUp.retry(ask, decision, state,
                again -> {
                    SearchResult r = trace.stage("retrieval", () -> search.search(again, config.candidates()));
                    return new FollowUp.Retried(r, trace.stage("gate", () -> gate.decide(again, r, scope.classifier())));
                });
        if (followUp.isPresent()) {
            trace.retrieval(followUp.get().result());
            trace.gate(followUp.get().decision());
            return trace.stage("compose", () -> passageDrafts.compose(followUp.get().result(),
                    followUp.get().decision(), verdict, state));
        }
        trace.retrieval(result);
        trace.gate(decision);
        Optional<AnswerDraft> comparison = trace.stage("compose",
                () -> comparisons.compose(query, result, decision, verdict, state));
        if (comparison.isPresent()) {
            return comparison.get();
        }
        if (decision.outcome() == Outcome.ANSWERED) {
            return trace.stage("compose", () -> passageDrafts.compose(result, decision, verdict, state));
        }
        Optional<String> urgency = decision.outcome() == Outcome.NOT_IN_LIBRARY
                ? UrgencyQuestion.inLibraryWords(ask) : Optional.empty();
        if (urgency.isPresent()) {
            SearchResult again = trace.stage("retrieval", () -> search.search(urgency.get(), config.candidates()));
            EvidenceGate.Decision second = trace.stage("gate", () -> gate.decide(urgency.get(), again, scope.classifier()));
            if (second.outcome() == Outcome.ANSWERED) {
                trace.retrieval(again);
                trace.gate(second);
                return trace.stage("compose", () -> passageDrafts.compose(again, second, verdict, state));
            }
        }
        if (verdict.premiseCorrection().isPresent()) {
            return premises.compose(verdict.premiseCorrection().get(), state, Notices.of(verdict));
        }
        Outcome outcome = decision.outcome() == Outcome.OUT_OF_SCOPE && verdict.healthRelated()
                ? Outcome.NOT_IN_LIBRARY : decision.outcome();
        DraftBody.Reply.Kind reply = outcome == Outcome.OUT_OF_SCOPE
                ? Replies.outOfScope(message) : DraftBody.Reply.Kind.NOT_IN_LIBRARY;
        Conversation after = asked.named().isEmpty() ? state
                : state.about(asked.named().getFirst().articleId(), asked.named().getFirst().title());
        return new AnswerDraft(outcome, decision.rule(), Notices.of(verdict), new DraftBody.Reply(reply), List.of(),
                List.of(), null, after, outcome == Outcome.NOT_IN_LIBRARY ? suggestions.near(result, ask, query) : List.of());
    }

    /**
     * What retrieval and the evidence gate are asked for {@code message} in {@code conversation}:
     * its question part with the topics its story (or the conversation) names. The answer
     * benchmark reads the gate's evidence for the same query.
     */
    public String retrievalQuery(String message, Conversation conversation) {
        return AskedQuestion.read(message, conversation, scopes.current().topics()).query();
    }

    /** Fires the trace of a worded draft and returns the result every channel reads. */
    public AnswerResult publish(DraftedAnswer drafted, Worded worded, double wordingMillis) {
        AnswerTrace done = drafted.trace().worded(worded.text(), worded.trace(), wordingMillis);
        traced.fire(new AnswerTraced(done));
        return new AnswerResult(drafted.draft(), worded.text(), done);
    }
}
