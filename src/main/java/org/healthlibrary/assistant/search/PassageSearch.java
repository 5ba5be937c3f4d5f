package org.healthlibrary.assistant.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.healthlibrary.assistant.knowledge.Passage;

/**
 * Searches the library's passages for a patient's question. The query is the sum of the
 * question's words matched in each field with its boost (question headings count most, then
 * titles, synonyms, section headings and text); the first candidates are then re-ordered
 * towards passages of the kind the question asks about ({@link QuestionIntent}), applied by the {@link Reranker}. Misspelled words are read as the closest
 * library word. Thread-safe; each call acquires and releases a searcher.
 */
@ApplicationScoped
public class PassageSearch {

    /** Field boosts: a match in a question heading is the strongest sign a passage answers. */
    static final Map<String, Float> FIELD_BOOSTS = fieldBoosts();
    /** How many BM25 candidates the {@link Reranker} re-orders. */
    static final int RERANK_DEPTH = 30;
    private static final int SNIPPET_PASSAGES = 2;

    private final LibraryIndex index;
    private final LibraryAnalyzer queryAnalyzer = LibraryAnalyzer.forQueries(MedicalSynonyms.load());
    private final LibraryAnalyzer indexAnalyzer = LibraryAnalyzer.forIndexing();
    private final QueryWords queryWords = new QueryWords(queryAnalyzer, indexAnalyzer);
    private final Reranker reranker = new Reranker();

    public PassageSearch(LibraryIndex index) {
        this.index = index;
    }

    /** The best {@code limit} passages for {@code question}, with the evidence the gate needs. */
    public SearchResult search(String question, int limit) {
        return index.withSearcher(searcher -> run(searcher, question, limit));
    }

    /** The passage with this id, if indexed. */
    public Optional<Passage> passage(String passageId) {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ID, passageId)), 1);
            return top.scoreDocs.length == 0 ? Optional.<Passage>empty()
                    : Optional.of(PassageDocuments.toPassage(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Every passage of an article, in document order. */
    public List<Passage> passagesOf(String articleId) {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ARTICLE_ID, articleId)), 500,
                    new Sort(SortField.FIELD_DOC));
            List<Passage> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(PassageDocuments.toPassage(searcher.storedFields().document(sd.doc)));
            }
            return out;
        });
    }

    private SearchResult run(IndexSearcher searcher, String question, int limit) throws IOException {
        QuestionIntent intent = QuestionIntent.of(question);
        IndexReader reader = searcher.getIndexReader();
        QueryTerms terms = queryWords.analyze(reader, question);
        Query query = buildQuery(terms);
        if (query == null) {
            return SearchResult.empty(terms, intent);
        }
        TopDocs first = searcher.search(query, Math.max(limit, RERANK_DEPTH));
        EvidenceCoverage coverage = new EvidenceCoverage(searcher, terms.known());
        float best = first.scoreDocs.length == 0 ? 0 : first.scoreDocs[0].score;
        List<Candidate> candidates = new ArrayList<>();
        for (ScoreDoc sd : first.scoreDocs) {
            Passage p = PassageDocuments.toPassage(searcher.storedFields().document(sd.doc));
            double covered = coverage.of(sd.doc);
            double score = reranker.score(sd.score, best, p, intent, terms, covered);
            candidates.add(new Candidate(sd, p, score, covered));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score()));
        List<Candidate> kept = candidates.subList(0, Math.min(limit, candidates.size()));
        ScoreDoc[] ordered = kept.stream().map(Candidate::doc).toArray(ScoreDoc[]::new);
        String[] snippets = highlighter(searcher).highlight(SearchFields.BODY, query,
                new TopDocs(first.totalHits, ordered), SNIPPET_PASSAGES);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            String snippet = snippets[i] != null ? snippets[i] : Snippets.lead(c.passage().text());
            hits.add(new SearchHit(c.passage(), (float) c.score(), snippet, c.coverage(), coverage.anchored(c.doc().doc)));
        }
        return new SearchResult(hits, terms, intent);
    }

    /** The content query: every field, boosted; null when no words remain. */
    private Query buildQuery(QueryTerms terms) {
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder content = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            Query q = builder.createBooleanQuery(field.getKey(), terms.text());
            if (q != null) {
                content.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
                clauses++;
            }
            for (String corrected : terms.corrections().values()) {
                content.add(new BoostQuery(new TermQuery(new Term(field.getKey(), corrected)), field.getValue()),
                        Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return null;
        }
        return content.build();
    }

    /** A BM25 hit with its passage and re-ranked score. */
    private record Candidate(ScoreDoc doc, Passage passage, double score, double coverage) {
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
