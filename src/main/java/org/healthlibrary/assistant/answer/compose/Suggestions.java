package org.healthlibrary.assistant.answer.compose;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.answer.LabAnswers;
import org.healthlibrary.assistant.cbc.CbcReport;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.QueryTerms;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * The questions offered as buttons when the library did not answer ({@code NOT_IN_LIBRARY}) or
 * the lab reader asks for details ({@code NEEDS_CLARIFICATION}): the "Common questions" of the
 * article the message names or is near, which the library can answer word for word. An empty
 * list means no such article; a channel then offers its own starter questions.
 *
 * <p>Which article: for a library question that has a subject word
 * ({@link QueryTerms.KnownWord#topic()}), the first of the top {@value #NEAR} candidates whose
 * topic a question word names ({@link SearchHit#anchored()}), so an unrelated article that merely
 * shares a word is not suggested; for lab values, the article of the report's pattern (the
 * complete blood count article when there is none). At most {@value #MAX} questions, in the
 * article's order. Thread-safe (reads the open index).
 */
@ApplicationScoped
public class Suggestions {

    /** The section whose questions are offered, as every article of the library names it. */
    static final String COMMON_QUESTIONS = "Common questions";
    /** How many retrieval candidates are looked at for a named article. */
    static final int NEAR = 3;
    /** The most questions offered. */
    static final int MAX = 4;

    private final PassageSearch search;
    private final LibraryIndex index;

    public Suggestions(PassageSearch search, LibraryIndex index) {
        this.search = search;
        this.index = index;
    }

    /** The common questions of the article a library question names, or none. */
    public List<String> near(SearchResult result) {
        return articleNamed(result).map(this::of).orElse(List.of());
    }

    /**
     * The common questions near {@code result}, found for the question part {@code asked} of the
     * message {@code whole}; when none and the story was left out of the question, those near what
     * the whole message finds ("im sick of these iron pills, can i get infusions instead": the
     * anemia article's questions).
     */
    public List<String> near(SearchResult result, String asked, String whole) {
        List<String> near = near(result);
        return !near.isEmpty() || asked.equals(whole) ? near : near(search.search(whole, NEAR));
    }

    /**
     * The first of the top candidates whose topic a question word names, when the question has a
     * word that can name a subject at all (a heading word such as "feel" alone names nothing).
     */
    static Optional<String> articleNamed(SearchResult result) {
        if (result.terms().known().stream().noneMatch(QueryTerms.KnownWord::topic)) {
            return Optional.empty();
        }
        return result.hits().stream().limit(NEAR).filter(SearchHit::anchored).findFirst()
                .map(h -> h.passage().articleId());
    }

    /** The common questions of the article about the report's pattern. */
    public List<String> forLabs(CbcReport report) {
        return of(LabAnswers.articleFor(report.pattern()));
    }

    /** The article's common questions, in its order, at most {@value #MAX}; none when not indexed. */
    List<String> of(String articleId) {
        if (!index.isReady()) {
            return List.of();
        }
        return commonQuestions(search.passagesOf(articleId));
    }

    /** The questions of the "Common questions" passages, in order, at most {@value #MAX}. */
    static List<String> commonQuestions(List<Passage> passages) {
        return passages.stream()
                .filter(p -> COMMON_QUESTIONS.equalsIgnoreCase(p.section()) && p.question() != null)
                .map(Passage::question).distinct().limit(MAX).toList();
    }
}
