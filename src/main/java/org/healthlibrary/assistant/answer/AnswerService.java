package org.healthlibrary.assistant.answer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.cbc.CbcInterpreter;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.cbc.LabExtraction;
import org.healthlibrary.assistant.cbc.Urgency;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.safety.ClinicalContext;
import org.healthlibrary.assistant.safety.DoseRequestDetector;
import org.healthlibrary.assistant.safety.EmergencyGuidance;
import org.healthlibrary.assistant.safety.InjectionDetector;
import org.healthlibrary.assistant.safety.NoDiagnosisPolicy;
import org.healthlibrary.assistant.safety.PremiseCorrection;
import org.healthlibrary.assistant.safety.RedFlagCategory;
import org.healthlibrary.assistant.safety.SafetyScreen;
import org.healthlibrary.assistant.safety.SafetyVerdict;
import org.healthlibrary.assistant.safety.ScopeClassifier;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.QuestionIntent;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;
import org.healthlibrary.assistant.search.Snippets;

/**
 * The answering pipeline shared by every channel (chat, voice, console), in a fixed order:
 * <ol>
 *   <li>lab values are read from the message (deterministic, no model), so that
 *   <li>the red-flag screen knows about low white cells and chemotherapy; a red flag returns
 *       fixed emergency guidance and nothing else;</li>
 *   <li>lab values go to the CBC classifier: an emergency, a question to ask, or the report
 *       with the library passage for its pattern;</li>
 *   <li>otherwise retrieval, the evidence gate, and the extractive composer (or the configured
 *       {@link AnswerWording}), with a false premise corrected first, a dose request declined
 *       and a diagnosis request told that only their provider can diagnose them.</li>
 * </ol>
 * Records a trace per message in the {@link TraceStore}. Thread-safe.
 */
@ApplicationScoped
public class AnswerService {

    /** Words that point back to the previous topic ("can it go away?"). */
    private static final Pattern FOLLOW_UP = Pattern.compile("(?i)\\b(it|this|that|these|those|they|them|its)\\b");

    private final PassageSearch search;
    private final LibraryIndex index;
    private final TraceStore traces;
    private final AnswerConfig config;
    private final AnswerWording wording;
    private final CbcInterpreter labs;
    private final EvidenceGate gate;
    private final ExtractiveComposer composer;
    private final InjectionDetector injections = InjectionDetector.standard();
    private volatile LibraryScope scope = new LibraryScope("", SafetyScreen.standard(), ScopeClassifier.standard());

    public AnswerService(PassageSearch search, LibraryIndex index, TraceStore traces, AnswerConfig config,
                         AnswerWording wording, CbcInterpreter labs) {
        this.search = search;
        this.index = index;
        this.traces = traces;
        this.config = config;
        this.wording = wording;
        this.labs = labs;
        this.gate = new EvidenceGate(config.minCoverage());
        this.composer = new ExtractiveComposer(config.maxSentences());
    }

    /** Answers one message in the given conversation (no session id: no model chat memory). */
    public AnswerResult answer(String message, Conversation conversation) {
        return answer(message, conversation, null);
    }

    /** Answers one message of the session {@code sessionId} in the given conversation. */
    public AnswerResult answer(String message, Conversation conversation, String sessionId) {
        return answer(message, conversation, sessionId, wording);
    }

    /**
     * Answers one message with the given wording instead of the configured one (streaming words
     * the answer itself after the pipeline has decided it).
     */
    public AnswerResult answer(String message, Conversation conversation, String sessionId, AnswerWording wording) {
        TraceRecorder trace = new TraceRecorder();
        LibraryScope scope = scope();
        LabExtraction extraction = trace.stage("labs", () -> labs.extract(message));
        CbcReport report = extraction.hasLabValues()
                ? trace.stage("labs", () -> labs.interpret(extraction.toRequest())) : null;
        Conversation state = conversation.knowing(report != null && LabAnswers.lowWhiteCells(report),
                extraction.context().onChemotherapy());
        ClinicalContext clinical = new ClinicalContext(state.lowWhiteCellsKnown(), state.onChemotherapy());
        SafetyVerdict verdict = trace.stage("safety", () -> scope.screen().assess(message, clinical));
        if (verdict.emergency()) {
            CbcReport labEmergency = report != null && report.urgency() == Urgency.EMERGENCY ? report : null;
            return finish(trace, Outcome.EMERGENCY, "red-flag:" + verdict.redFlag().ruleId(),
                    EmergencyGuidance.forResult(verdict.redFlag()), List.of(), labEmergency, state);
        }
        if (report != null) {
            return labResult(trace, report, state);
        }
        return libraryAnswer(trace, message, verdict, state, scope.classifier(), sessionId, wording);
    }

    /** A lab report: emergency, a question to ask, or the summary with the library passage for its pattern. */
    private AnswerResult labResult(TraceRecorder trace, CbcReport report, Conversation state) {
        if (report.urgency() == Urgency.EMERGENCY) {
            String text = EmergencyGuidance.forCategory(RedFlagCategory.NEUTROPENIC_FEVER) + " "
                    + String.join(" ", report.reasons());
            return finish(trace, Outcome.EMERGENCY, "labs:emergency", text, List.of(), report, state);
        }
        if (!report.questions().isEmpty()) {
            String lead = LabAnswers.classifiedAny(report) ? report.summary() : Replies.LAB_QUESTIONS_LEAD;
            return finish(trace, Outcome.NEEDS_CLARIFICATION, "labs:needs-clarification",
                    lead + " " + String.join(" ", report.questions()), List.of(), report, state);
        }
        Optional<Passage> overview = overview(LabAnswers.articleFor(report.pattern()));
        String library = overview.map(p -> ExtractiveComposer.lead(p.text(), 2)).orElse("");
        String text = (report.summary() + " " + library).strip();
        return finish(trace, Outcome.LAB_RESULT, "labs:" + report.pattern().name().toLowerCase(), text,
                citationOf(overview), report, about(state, overview));
    }

    /** Retrieval, the evidence gate and composition, with the safety verdict's additions. */
    private AnswerResult libraryAnswer(TraceRecorder trace, String message, SafetyVerdict verdict, Conversation state,
                                       ScopeClassifier scope, String sessionId, AnswerWording wording) {
        String query = verdict.injection() ? injections.neutralize(message) : message;
        SearchResult result = trace.stage("retrieval", () -> search.search(query, config.candidates()));
        EvidenceGate.Decision decision = trace.stage("gate", () -> gate.decide(query, result, scope));
        if (decision.outcome() != Outcome.ANSWERED && state.lastArticleTitle() != null
                && FOLLOW_UP.matcher(query).find()) {
            String followUp = query + " " + state.lastArticleTitle();
            SearchResult again = trace.stage("retrieval", () -> search.search(followUp, config.candidates()));
            EvidenceGate.Decision second = trace.stage("gate", () -> gate.decide(followUp, again, scope));
            if (second.outcome() == Outcome.ANSWERED) {
                return answered(trace, query, again.withFirst(second.hit()), verdict, state, sessionId,
                        second.rule() + "+follow-up", wording);
            }
        }
        record(trace, result);
        Optional<AnswerResult> comparison = comparison(trace, query, result, decision, verdict, state);
        if (comparison.isPresent()) {
            return comparison.get();
        }
        if (decision.outcome() == Outcome.ANSWERED) {
            return answered(trace, query, result.withFirst(decision.hit()), verdict, state, sessionId, decision.rule(),
                    wording);
        }
        Optional<PremiseCorrection> premise = verdict.premiseCorrection();
        if (premise.isPresent()) {
            return corrected(trace, premise.get(), state);
        }
        Outcome outcome = decision.outcome() == Outcome.OUT_OF_SCOPE && verdict.healthRelated()
                ? Outcome.NOT_IN_LIBRARY : decision.outcome();
        String text = outcome == Outcome.OUT_OF_SCOPE ? Replies.outOfScope(message) : Replies.NOT_IN_LIBRARY;
        return finish(trace, outcome, decision.rule(), prefix(verdict) + text, List.of(), null, state);
    }

    private AnswerResult answered(TraceRecorder trace, String question, SearchResult result, SafetyVerdict verdict,
                                  Conversation state, String sessionId, String rule, AnswerWording wording) {
        record(trace, result);
        SearchHit main = result.hits().getFirst();
        String extractive = trace.stage("compose", () -> composer.compose(main.passage(), result.terms(), result.intent()));
        List<SearchHit> cited = citedHits(result);
        List<Citation> citations = cited.stream()
                .map(hit -> Citation.of(hit.passage(), Snippets.lead(hit.passage().text())))
                .toList();
        String worded = trace.stage("wording", () -> wording.word(new AnswerWording.WordingRequest(sessionId, question,
                cited, null, extractive)).orElse(extractive));
        String text = prefix(verdict) + worded;
        if (verdict.premiseCorrection().isPresent()) {
            PremiseCorrection premise = verdict.premiseCorrection().get();
            text = premise.correction() + " " + text;
            rule = rule + "+premise:" + premise.ruleId();
        }
        return finish(trace, Outcome.ANSWERED, rule, text, citations, null,
                state.about(main.passage().articleId(), main.passage().articleTitle()));
    }

    /**
     * A comparison of two library topics that the best passage does not compare (it compares
     * another pair, or the gate found none): each topic's overview lead, side by side, citing
     * both. Empty when the question is no comparison, names fewer than two topics, or the best
     * passage's headings already name all of them.
     */
    private Optional<AnswerResult> comparison(TraceRecorder trace, String question, SearchResult result,
                                              EvidenceGate.Decision decision, SafetyVerdict verdict, Conversation state) {
        if (result.intent() != QuestionIntent.COMPARISON || decision.outcome() == Outcome.OUT_OF_SCOPE
                || decision.rule().equals(EvidenceGate.UNKNOWN_MEDICAL_TERM)) {
            return Optional.empty();
        }
        Library library = index.library();
        List<Article> named = ComparedTopics.named(question, library);
        if (named.size() < 2 || decision.outcome() == Outcome.ANSWERED
                && ComparedTopics.headingsName(result.hits().get(decision.hit()).passage(), named, library)) {
            return Optional.empty();
        }
        List<Passage> overviews = new ArrayList<>();
        for (Article a : named.subList(0, 2)) {
            overview(a.id()).ifPresent(overviews::add);
        }
        if (overviews.size() < 2) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(prefix(verdict));
        List<Citation> citations = new ArrayList<>();
        for (Passage p : overviews) {
            text.append(p.articleTitle()).append(": ").append(ExtractiveComposer.lead(p.text(), 2)).append(' ');
            citations.add(Citation.of(p, Snippets.lead(p.text())));
        }
        return Optional.of(finish(trace, Outcome.ANSWERED, "comparison:overviews", text.toString().strip(), citations,
                null, state.about(overviews.getFirst().articleId(), overviews.getFirst().articleTitle())));
    }

    /** A false premise the library contradicts, with no better passage: the correction, citing its article. */
    private AnswerResult corrected(TraceRecorder trace, PremiseCorrection premise, Conversation state) {
        Optional<Passage> overview = overview(premise.articleId());
        return finish(trace, Outcome.ANSWERED, "premise:" + premise.ruleId(), premise.correction(),
                citationOf(overview), null, about(state, overview));
    }

    /** An article's first passage (its overview), if the article is in the library and the index is open. */
    private Optional<Passage> overview(String articleId) {
        if (!index.isReady()) {
            return Optional.empty();
        }
        return search.passagesOf(articleId).stream().findFirst();
    }

    private static List<Citation> citationOf(Optional<Passage> passage) {
        return passage.map(p -> List.of(Citation.of(p, Snippets.lead(p.text())))).orElse(List.of());
    }

    private static Conversation about(Conversation state, Optional<Passage> passage) {
        return passage.map(p -> state.about(p.articleId(), p.articleTitle())).orElse(state);
    }

    /** What the safety verdict puts before any answer: a declined dose, the no-diagnosis notice. */
    private static String prefix(SafetyVerdict verdict) {
        StringBuilder p = new StringBuilder();
        if (verdict.doseRequest()) {
            p.append(DoseRequestDetector.REPLY).append(' ');
        }
        if (verdict.diagnosisRequest()) {
            p.append(NoDiagnosisPolicy.TEXT).append(' ');
        }
        return p.toString();
    }

    /**
     * The passages to cite, which are also the only ones a wording may use: the main passage
     * first, then further well-covering passages, up to the limit.
     */
    private List<SearchHit> citedHits(SearchResult result) {
        List<SearchHit> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SearchHit main = result.hits().getFirst();
        for (SearchHit hit : result.hits()) {
            if (out.size() == config.maxCitations()) {
                break;
            }
            boolean isMain = hit == main;
            if (!isMain && (!hit.anchored() || hit.coverage() < config.minCoverage())) {
                continue;
            }
            if (seen.add(hit.passage().id())) {
                out.add(hit);
            }
        }
        return out;
    }

    private void record(TraceRecorder trace, SearchResult result) {
        trace.retrieval(result.hits().stream()
                        .map(h -> new AnswerTrace.Candidate(h.passage().id(), h.score(), h.coverage(), h.anchored()))
                        .toList(),
                result.terms().corrections(), result.intent().name());
    }

    private AnswerResult finish(TraceRecorder trace, Outcome outcome, String rule, String text,
                                List<Citation> citations, CbcReport report, Conversation conversation) {
        AnswerTrace done = trace.finish(outcome, rule);
        traces.add(done);
        return new AnswerResult(outcome, text, citations, report, outcome == Outcome.EMERGENCY, done, conversation);
    }

    /**
     * The scope vocabulary extended with the loaded library's titles and synonyms, rebuilt when
     * the library changes. While the index is not open (a first build still running) the standard
     * screen is used, so that emergencies and lab values are still answered; library questions
     * then get 503 from retrieval.
     */
    private LibraryScope scope() {
        LibraryScope current = scope;
        if (!index.isReady()) {
            return current;
        }
        Library library = index.library();
        if (!current.hash().equals(library.contentHash())) {
            List<String> terms = new ArrayList<>();
            for (Article a : library.articles()) {
                terms.add(a.title());
                terms.addAll(a.synonyms());
            }
            ScopeClassifier classifier = ScopeClassifier.standard().with(terms);
            current = new LibraryScope(library.contentHash(), SafetyScreen.standard().withScope(classifier), classifier);
            scope = current;
        }
        return current;
    }

    private record LibraryScope(String hash, SafetyScreen screen, ScopeClassifier classifier) {
    }
}
