package org.healthlibrary.assistant.answer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.safety.ScopeClassifier;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;
import org.healthlibrary.assistant.search.Snippets;

/**
 * The answering pipeline shared by every channel (chat, voice, console): retrieval, the
 * evidence gate, and the extractive composer with citations. Records a trace per message in
 * the {@link TraceStore}. Needs no model and no network. Thread-safe.
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
    private final EvidenceGate gate;
    private final ExtractiveComposer composer;
    private volatile LibraryScope scope = new LibraryScope("", ScopeClassifier.standard());

    public AnswerService(PassageSearch search, LibraryIndex index, TraceStore traces, AnswerConfig config,
                         AnswerWording wording) {
        this.search = search;
        this.index = index;
        this.traces = traces;
        this.config = config;
        this.wording = wording;
        this.gate = new EvidenceGate(config.minCoverage());
        this.composer = new ExtractiveComposer(config.maxSentences());
    }

    /** Answers one message in the given conversation (no session id: no model chat memory). */
    public AnswerResult answer(String message, Conversation conversation) {
        return answer(message, conversation, null);
    }

    /** Answers one message of the session {@code sessionId} in the given conversation. */
    public AnswerResult answer(String message, Conversation conversation, String sessionId) {
        TraceRecorder trace = new TraceRecorder();
        ScopeClassifier scope = scope();
        SearchResult result = trace.stage("retrieval", () -> search.search(message, config.candidates()));
        EvidenceGate.Decision decision = trace.stage("gate", () -> gate.decide(message, result, scope));
        if (decision.outcome() != Outcome.ANSWERED && conversation.lastArticleTitle() != null
                && FOLLOW_UP.matcher(message).find()) {
            String followUp = message + " " + conversation.lastArticleTitle();
            SearchResult again = trace.stage("retrieval", () -> search.search(followUp, config.candidates()));
            EvidenceGate.Decision second = trace.stage("gate", () -> gate.decide(followUp, again, scope));
            if (second.outcome() == Outcome.ANSWERED) {
                return answered(trace, message, again, conversation, sessionId, second.rule() + "+follow-up");
            }
        }
        record(trace, result);
        if (decision.outcome() != Outcome.ANSWERED) {
            String text = decision.outcome() == Outcome.OUT_OF_SCOPE ? Replies.OUT_OF_SCOPE : Replies.NOT_IN_LIBRARY;
            return finish(trace, decision.outcome(), decision.rule(), text, List.of(), conversation);
        }
        return answered(trace, message, result, conversation, sessionId, decision.rule());
    }

    private AnswerResult answered(TraceRecorder trace, String message, SearchResult result, Conversation conversation,
                                  String sessionId, String rule) {
        record(trace, result);
        SearchHit main = result.hits().getFirst();
        String extractive = trace.stage("compose", () -> composer.compose(main.passage(), result.terms(), result.intent()));
        String text = trace.stage("wording", () -> wording.word(new AnswerWording.WordingRequest(sessionId, message,
                result.hits(), null, extractive)).orElse(extractive));
        List<Citation> citations = citations(result);
        return finish(trace, Outcome.ANSWERED, rule, text, citations,
                conversation.about(main.passage().articleId(), main.passage().articleTitle()));
    }

    /** The main passage first, then further well-covering passages from other sections, up to the limit. */
    private List<Citation> citations(SearchResult result) {
        List<Citation> out = new ArrayList<>();
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
                out.add(Citation.of(hit.passage(), Snippets.lead(hit.passage().text())));
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
                                List<Citation> citations, Conversation conversation) {
        AnswerTrace done = trace.finish(outcome, rule);
        traces.add(done);
        return new AnswerResult(outcome, text, citations, null, outcome == Outcome.EMERGENCY, done, conversation);
    }

    /** The scope vocabulary extended with the loaded library's titles and synonyms, rebuilt when the library changes. */
    private ScopeClassifier scope() {
        Library library = index.library();
        LibraryScope current = scope;
        if (!current.hash().equals(library.contentHash())) {
            List<String> terms = new ArrayList<>();
            for (Article a : library.articles()) {
                terms.add(a.title());
                terms.addAll(a.synonyms());
            }
            current = new LibraryScope(library.contentHash(), ScopeClassifier.standard().with(terms));
            scope = current;
        }
        return current.classifier();
    }

    private record LibraryScope(String hash, ScopeClassifier classifier) {
    }
}
