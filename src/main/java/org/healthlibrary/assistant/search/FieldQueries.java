package org.healthlibrary.assistant.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The same query on another field: what {@code QueryBuilder} would build for that field from the
 * same text, without analysing the text again. The query analyser does not depend on the field,
 * so the content query analyses a question once instead of once per boosted field (analysis with
 * the synonym graph was a sixth of a library answer's CPU time under load, by profile).
 *
 * <p>Handles the shapes {@code QueryBuilder} produces: term, synonym (unboosted terms: the synonym
 * filter sets no boosts), phrase, multi-phrase, boolean and boost queries. For any other shape it
 * returns null and the caller analyses the text for that field. Stateless and thread-safe.
 */
final class FieldQueries {

    private FieldQueries() {
    }

    /** {@code query} with every term moved to {@code field}, or null for a shape not handled. */
    static Query onField(Query query, String field) {
        return switch (query) {
            case TermQuery t -> new TermQuery(new Term(field, t.getTerm().bytes()));
            case SynonymQuery s -> {
                SynonymQuery.Builder b = new SynonymQuery.Builder(field);
                s.getTerms().forEach(t -> b.addTerm(new Term(field, t.bytes())));
                yield b.build();
            }
            case PhraseQuery p -> {
                PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
                Term[] terms = p.getTerms();
                for (int i = 0; i < terms.length; i++) {
                    b.add(new Term(field, terms[i].bytes()), p.getPositions()[i]);
                }
                yield b.build();
            }
            case MultiPhraseQuery m -> {
                MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder().setSlop(m.getSlop());
                Term[][] arrays = m.getTermArrays();
                for (int i = 0; i < arrays.length; i++) {
                    Term[] moved = new Term[arrays[i].length];
                    for (int j = 0; j < moved.length; j++) {
                        moved[j] = new Term(field, arrays[i][j].bytes());
                    }
                    b.add(moved, m.getPositions()[i]);
                }
                yield b.build();
            }
            case BooleanQuery bq -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
                for (BooleanClause c : bq.clauses()) {
                    Query moved = onField(c.query(), field);
                    if (moved == null) {
                        yield null;
                    }
                    b.add(moved, c.occur());
                }
                yield b.build();
            }
            case BoostQuery bq -> {
                Query moved = onField(bq.getQuery(), field);
                yield moved == null ? null : new BoostQuery(moved, bq.getBoost());
            }
            default -> null;
        };
    }
}
