package org.healthlibrary.assistant.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
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
 * query at {@link #RELATED_BOOST} times their similarity and count in the coverage. Every hit carries the evidence the gate needs (coverage,
 * anchoring), computed from the passage's words whichever stage found it. Thread-safe; each
 * call acquires and releases a searcher.
 */
@ApplicationScoped
public class PassageSearch {

    /** Field boosts: a match in a question heading is the strongest sign a passage answers. */
    static final Map<String, Float> FIELD_BOOSTS = fieldBoosts();
    private static final int SNIPPET_PASSAGES = 2;
    /**
     * How much a library word read by meaning for a word the library lacks counts against the
     * question's own words (times its similarity): it points retrieval at the passage that uses
     * the library's word, without outweighing what the patient wrote.
     */
    static final double RELATED_BOOST = 0.5;

    private final LibraryIndex index;
    private final LibraryAnalyzer queryAnalyzer = LibraryAnalyzer.forQueries(MedicalSynonyms.load());
    private final LibraryAnalyzer indexAnalyzer = LibraryAnalyzer.forIndexing();
    private final QueryWords queryWords = new QueryWords(queryAnalyzer, indexAnalyzer);
    private final Reranker reranker = new Reranker();
    private final StoredPassages stored = new StoredPassages();
    private volatile TopicWords topicWords = TopicWords.NONE;
    private volatile TopicWords previousTopicWords = TopicWords.NONE;

    public PassageSearch(LibraryIndex index) {
        this.index = index;
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

    private SearchResult run(IndexSearcher searcher, String asked, int limit, boolean highlight) throws IOException {
        String question = QuestionSpelling.fix(asked);
        QuestionIntent intent = QuestionIntent.of(question);
        IndexReader reader = searcher.getIndexReader();
        QueryTerms terms = queryWords.analyze(reader, question, topicWords(), index.meanings());
        Query query = buildQuery(terms);
        if (query == null) {
            return SearchResult.empty(terms, intent);
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
            return SearchResult.empty(terms, intent);
        }
        int[] docs = first.stream().mapToInt(c -> c.doc).toArray();
        EvidenceCoverage coverage = new EvidenceCoverage(searcher, terms.known());
        double[] covered = coverage.of(docs);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            PassageDocuments.Labelled labels = PassageDocuments.labelsOf(reader, docs[i]);
            double score = reranker.score(first.get(i).fused, labels.passage(), labels.intent(), intent, terms,
                    covered[i]);
            candidates.add(new Candidate(docs[i], labels.passage(), score, covered[i], first.get(i).bm25,
                    first.get(i).cosine));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
            kept.add(new Candidate(c.doc(), stored.get(searcher, c.doc()), c.score(), c.coverage(),
                    c.bm25(), c.cosine()));
        }
        int[] keptDocs = kept.stream().mapToInt(Candidate::doc).toArray();
        boolean[] anchored = coverage.anchored(keptDocs);
        ScoreDoc[] ordered = kept.stream().map(c -> new ScoreDoc(c.doc(), (float) c.score())).toArray(ScoreDoc[]::new);
        String[] snippets = highlight
                ? highlighter(searcher).highlight(SearchFields.BODY, bodyQuery(terms),
                        new TopDocs(new TotalHits(ordered.length, TotalHits.Relation.EQUAL_TO), ordered), SNIPPET_PASSAGES)
                : null;
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            String snippet = snippets == null ? "" : snippets[i] != null ? snippets[i] : Snippets.lead(c.passage().text());
            hits.add(new SearchHit(c.passage(), (float) c.score(), snippet, c.coverage(), anchored[i], c.bm25(),
                    c.cosine()));
        }
        return new SearchResult(hits, terms, intent);
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

    /** The question's words in the passage text only: what snippets highlight. */
    private Query bodyQuery(QueryTerms terms) {
        BooleanQuery.Builder body = new BooleanQuery.Builder();
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Query q = builder.createBooleanQuery(SearchFields.BODY, terms.text());
        if (q != null) {
            body.add(q, Occur.SHOULD);
        }
        for (String corrected : terms.corrections().values()) {
            body.add(new TermQuery(new Term(SearchFields.BODY, corrected)), Occur.SHOULD);
        }
        return body.build();
    }

    /** The content query: every field, boosted; null when no words remain. */
    private Query buildQuery(QueryTerms terms) {
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder content = new BooleanQuery.Builder();
        int clauses = 0;
        Query analysed = null;
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            Query q = analysed == null ? null : FieldQueries.onField(analysed, field.getKey());
            if (q == null) {
                q = builder.createBooleanQuery(field.getKey(), terms.text());
                analysed = q;
            }
            if (q != null) {
                content.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
                clauses++;
            }
            for (String corrected : terms.corrections().values()) {
                content.add(new BoostQuery(new TermQuery(new Term(field.getKey(), corrected)), field.getValue()),
                        Occur.SHOULD);
                clauses++;
            }
            for (List<RelatedWord> near : terms.related().values()) {
                for (RelatedWord r : near) {
                    float boost = (float) (field.getValue() * RELATED_BOOST * r.similarity());
                    content.add(new BoostQuery(new TermQuery(new Term(field.getKey(), r.stem())), boost), Occur.SHOULD);
                    clauses++;
                }
            }
        }
        if (clauses == 0) {
            return null;
        }
        return content.build();
    }

    /** A first-stage candidate with its passage, re-ranked score and exact first-stage scores. */
    private record Candidate(int doc, Passage passage, double score, double coverage, float bm25, float cosine) {
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
                .withMaxLength(20_000)
                .build();
    }

    private static Map<String, Float> fieldBoosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(SearchFields.QUESTION, 3.0f);
        boosts.put(SearchFields.TITLE, 2.0f);
        boosts.put(SearchFields.SYNONYMS, 1.5f);
        boosts.put(SearchFields.SECTION, 1.0f);
        boosts.put(SearchFields.BODY, 1.0f);
        return Map.copyOf(boosts);
    }
}
