package org.healthlibrary.assistant.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.Passage;

/**
 * Searches the library's passages for a patient's question, in two stages:
 * <ol>
 *   <li>first stage ({@link HybridRetrieval}): BM25 over the question's words in each field
 *       with its boost (question headings count most, then titles, synonyms, section headings
 *       and text), and, when an embedding model is configured, the nearest passages by
 *       embedding (HNSW); both lists are fused into one score;</li>
 *   <li>the {@link Reranker} re-orders the candidates towards passages of the kind the
 *       question asks about ({@link QuestionIntent}), whose heading matches the question, and
 *       whose article is the question's subject.</li>
 * </ol>
 * Typing slips in question words ("symtpoms") are fixed first ({@link QuestionSpelling}), and
 * misspelled topic words are read as the closest library word before either stage (the embedded
 * question is the corrected one). A word the library lacks is read by meaning as the library's
 * nearest heading words ({@link LibraryMeanings}: "gym" as "exercise"), which join the keyword
 * query at {@link PassageQueries#RELATED_BOOST} times their similarity and count in the coverage. Every hit carries the evidence the gate needs (coverage,
 * anchoring), computed from the passage's words whichever stage found it. Thread-safe; each
 * call acquires and releases a searcher.
 */
@ApplicationScoped
public class PassageSearch {

    private static final int SNIPPET_PASSAGES = 2;
    private final LibraryIndex index;
    private final LibraryAnalyzer queryAnalyzer = LibraryAnalyzer.forQueries(MedicalSynonyms.load());
    private final LibraryAnalyzer indexAnalyzer = LibraryAnalyzer.forIndexing();
    private final PassageQueries queries = new PassageQueries(queryAnalyzer, indexAnalyzer);
    private final QueryWords queryWords = new QueryWords(queryAnalyzer, indexAnalyzer);
    private final Reranker reranker;
    private final StoredPassages stored = new StoredPassages();
    private volatile TopicWords topicWords = TopicWords.NONE;
    private volatile TopicWords previousTopicWords = TopicWords.NONE;

    @Inject
    public PassageSearch(LibraryIndex index) {
        this(index, RerankWeights.SHIPPED);
    }

    /** A search that reranks with other weights (the benchmark's before-and-after runs). */
    public PassageSearch(LibraryIndex index, RerankWeights weights) {
        this.index = index;
        this.reranker = new Reranker(weights);
    }

    /**
     * The best {@code limit} passages for {@code question}, with the evidence the gate needs; the
     * hits' snippets are empty (the answer pipeline quotes its own sentences, and highlighting
     * every candidate cost about a fifth of a library answer's CPU time: docs/benchmarks.md).
     */
    public SearchResult search(String question, int limit) {
        return index.withSearcher(searcher -> run(searcher, question, limit, false));
    }

    /** As {@link #search}, with each hit's snippet highlighted ({@code <b>...</b>} around query words). */
    public SearchResult searchWithSnippets(String question, int limit) {
        return index.withSearcher(searcher -> run(searcher, question, limit, true));
    }

    /** The passage with this id, if indexed. */
    public Optional<Passage> passage(String passageId) {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ID, passageId)), 1);
            return top.scoreDocs.length == 0 ? Optional.<Passage>empty()
                    : Optional.of(stored.get(searcher, top.scoreDocs[0].doc));
        });
    }

    /** Every passage of an article, in document order. */
    public List<Passage> passagesOf(String articleId) {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ARTICLE_ID, articleId)), 500,
                    new Sort(SortField.FIELD_DOC));
            List<Passage> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(stored.get(searcher, sd.doc));
            }
            return out;
        });
    }

    /**
     * Every first-stage candidate of {@code question} with the reranker's signals and score, best
     * first: what the reranker sees, for a benchmark that fits or checks its weights.
     */
    public List<RankedCandidate> rankedCandidates(String question) {
        return index.withSearcher(searcher -> {
            Ranked r = rank(searcher, question, 0);
            return r == null ? List.<RankedCandidate>of() : r.candidates().stream()
                    .map(c -> new RankedCandidate(c.passage(), c.features(), c.score())).toList();
        });
    }

    /** The question read and its candidates reranked, best first (no coverage and no candidates when nothing was searched). */
    private Ranked rank(IndexSearcher searcher, String asked, int limit) throws IOException {
        String question = QuestionSpelling.fix(asked);
        QuestionIntent intent = QuestionIntent.of(question);
        IndexReader reader = searcher.getIndexReader();
        QueryTerms terms = queryWords.analyze(reader, question, topicWords(), index.meanings());
        Query query = queries.content(terms);
        if (query == null) {
            return new Ranked(terms, intent, null, List.of());
        }
        PassageEmbedder embedder = index.embedder();
        CompletableFuture<float[]> vector = embedder == null ? null : embedder.embedQueryAsync(terms.text());
        List<HybridRetrieval.Candidate> first;
        try {
            first = HybridRetrieval.retrieve(searcher, query, vector, Math.max(limit, index.settings().depth()),
                    index.settings());
        } catch (IndexSearcher.TooManyClauses e) {
            // QueryBudget keeps queries far below Lucene's clause limit; should one still exceed
            // it, the question finds nothing rather than failing.
            return new Ranked(terms, intent, null, List.of());
        }
        int[] docs = first.stream().mapToInt(c -> c.doc).toArray();
        EvidenceCoverage coverage = new EvidenceCoverage(searcher, terms.known());
        double[] covered = coverage.of(docs);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            PassageDocuments.Labelled labels = PassageDocuments.labelsOf(reader, docs[i]);
            RerankFeatures features = reranker.features(first.get(i).fused, first.get(i).cosine, labels.passage(),
                    labels.intent(), intent, terms, covered[i]);
            candidates.add(new Candidate(docs[i], labels.passage(), reranker.score(features), covered[i],
                    first.get(i).bm25, first.get(i).cosine, features));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score()));
        return new Ranked(terms, intent, coverage, candidates);
    }

    private SearchResult run(IndexSearcher searcher, String asked, int limit, boolean highlight) throws IOException {
        Ranked ranked = rank(searcher, asked, limit);
        QueryTerms terms = ranked.terms();
        if (ranked.coverage() == null) {
            return SearchResult.empty(terms, ranked.intent());
        }
        EvidenceCoverage coverage = ranked.coverage();
        List<Candidate> candidates = ranked.candidates();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
            kept.add(new Candidate(c.doc(), stored.get(searcher, c.doc()), c.score(), c.coverage(),
                    c.bm25(), c.cosine(), c.features()));
        }
        int[] keptDocs = kept.stream().mapToInt(Candidate::doc).toArray();
        boolean[] anchored = coverage.anchored(keptDocs);
        ScoreDoc[] ordered = kept.stream().map(c -> new ScoreDoc(c.doc(), (float) c.score())).toArray(ScoreDoc[]::new);
        String[] snippets = highlight
                ? queries.highlighter(searcher).highlight(SearchFields.BODY, queries.body(terms),
                        new TopDocs(new TotalHits(ordered.length, TotalHits.Relation.EQUAL_TO), ordered), SNIPPET_PASSAGES)
                : null;
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            String snippet = snippets == null ? "" : snippets[i] != null ? snippets[i] : Snippets.lead(c.passage().text());
            hits.add(new SearchHit(c.passage(), (float) c.score(), snippet, c.coverage(), anchored[i], c.bm25(),
                    c.cosine()));
        }
        return new SearchResult(hits, terms, ranked.intent());
    }

    /**
     * The current library's topic words, rebuilt when the library changes; the previous
     * library's are kept too, so a side-by-side check of a candidate rebuilds neither.
     */
    private TopicWords topicWords() {
        Library library = index.library();
        TopicWords t = topicWords;
        if (t.library() != library) {
            TopicWords other = previousTopicWords;
            previousTopicWords = t;
            t = other.library() == library ? other : TopicWords.of(library);
            topicWords = t;
        }
        return t;
    }

    /** A first-stage candidate with its passage, re-ranked score, exact first-stage scores and reranker signals. */
    private record Candidate(int doc, Passage passage, double score, double coverage, float bm25, float cosine,
                             RerankFeatures features) {
    }

    /** A question's terms and intent with its reranked candidates; no coverage when nothing was searched. */
    private record Ranked(QueryTerms terms, QuestionIntent intent, EvidenceCoverage coverage, List<Candidate> candidates) {
    }


}
