package org.healthlibrary.assistant.search;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.knowledge.Passage;

/**
 * The library's hybrid retrieval as a LangChain4j {@link ContentRetriever}, for model mode's
 * retrieval augmentor: each {@link Content} is one passage's text with metadata naming where
 * it comes from ({@link #PASSAGE_ID}, {@link #ARTICLE_ID}, {@link #TITLE}, {@link #SECTION},
 * {@link #QUESTION} when the passage has one, {@link #URL}) and the evidence the gate uses
 * ({@link #COVERAGE}, {@link #ANCHORED}); the retrieval score is {@link ContentMetadata#SCORE}.
 * Retrieval is exactly {@link PassageSearch#search}; no filtering happens here, so a caller
 * that must not answer from weak evidence applies the evidence gate. Thread-safe.
 */
@ApplicationScoped
public class LibraryContentRetriever implements ContentRetriever {

    public static final String PASSAGE_ID = "passageId";
    public static final String ARTICLE_ID = "articleId";
    public static final String TITLE = "title";
    public static final String SECTION = "section";
    public static final String QUESTION = "question";
    public static final String URL = "url";
    public static final String COVERAGE = "coverage";
    public static final String ANCHORED = "anchored";

    private final PassageSearch search;
    private final int maxResults;

    @Inject
    public LibraryContentRetriever(PassageSearch search, SearchConfig config) {
        this(search, config.retrieverMaxResults());
    }

    /** A retriever returning at most {@code maxResults} passages per query. */
    public LibraryContentRetriever(PassageSearch search, int maxResults) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        }
        this.search = search;
        this.maxResults = maxResults;
    }

    @Override
    public List<Content> retrieve(Query query) {
        return search.search(query.text(), maxResults).hits().stream().map(LibraryContentRetriever::toContent).toList();
    }

    static Content toContent(SearchHit hit) {
        Passage p = hit.passage();
        Metadata metadata = new Metadata()
                .put(PASSAGE_ID, p.id())
                .put(ARTICLE_ID, p.articleId())
                .put(TITLE, p.articleTitle())
                .put(SECTION, p.section())
                .put(URL, p.url())
                .put(COVERAGE, hit.coverage())
                .put(ANCHORED, String.valueOf(hit.anchored()));
        if (p.question() != null) {
            metadata.put(QUESTION, p.question());
        }
        return Content.from(TextSegment.from(p.text(), metadata), Map.of(ContentMetadata.SCORE, (double) hit.score()));
    }
}
