package org.healthlibrary.assistant.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Reads a question's words against the index: which words the library knows (directly or
 * through a synonym), which it has never seen, and which look like misspellings of a library
 * word ("pancytopinia" is read as "pancytopenia"). Thread-safe.
 *
 * <p>Spelling correction is the costly part (a Levenshtein automaton over three fields for every
 * unknown word), and patients repeat the same unknown words ("freaking", "monday", "portal"), so
 * each word's correction is kept per index reader in a bounded cache of
 * {@value #CORRECTION_CACHE_SIZE} words; a new generation's reader has a new key, so a reindex
 * never serves an old library's correction.
 */
final class QueryWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");
    private static final String[] FIELDS = {SearchFields.TITLE, SearchFields.SYNONYMS, SearchFields.SECTION,
            SearchFields.QUESTION, SearchFields.BODY};
    private static final int MIN_SPELLCHECK_LENGTH = 5;
    /**
     * Misspellings are only fixed towards topic words (titles, synonyms, question headings):
     * patients misspell "pancytopenia", and a rare English word must not be bent into another.
     */
    private static final String[] SPELLING_FIELDS = {SearchFields.TITLE, SearchFields.SYNONYMS, SearchFields.QUESTION};

    /** Unknown words of one question read by meaning at most (each may cost an embedding). */
    static final int MAX_MEANING_LOOKUPS = 4;

    /** Words whose corrections are remembered (about 100 bytes each). */
    static final int CORRECTION_CACHE_SIZE = 20_000;

    private final LibraryAnalyzer queryAnalyzer;
    private final LibraryAnalyzer indexAnalyzer;
    private final Cache<CorrectionKey, Optional<String>> corrections =
            Caffeine.newBuilder().maximumSize(CORRECTION_CACHE_SIZE).build();

    /** One word read against one reader (by its cache key) and one set of topic words. */
    private record CorrectionKey(Object reader, TopicWords topics, String word) {
    }

    QueryWords(LibraryAnalyzer queryAnalyzer, LibraryAnalyzer indexAnalyzer) {
        this.queryAnalyzer = queryAnalyzer;
        this.indexAnalyzer = indexAnalyzer;
    }

    /**
     * The question's words against the index; typing slips in topic names are read against
     * {@code topics} first. A long message is bounded by {@link QueryBudget}: at most
     * {@link QueryBudget#MAX_DISTINCT_WORDS} distinct words read, {@link QueryBudget#MAX_SPELLING_CANDIDATES}
     * spelling passes, and its query text made of its {@link QueryBudget#MAX_KNOWN_WORDS} rarest known words.
     */
    QueryTerms analyze(IndexReader reader, String question, TopicWords topics) throws IOException {
        return analyze(reader, question, topics, LibraryMeanings.NONE);
    }

    /**
     * As {@link #analyze(IndexReader, String, TopicWords)}, and the first
     * {@value #MAX_MEANING_LOOKUPS} unknown words are read by meaning against the library's heading
     * words ({@link LibraryMeanings}): an unknown word with near heading words becomes a known word
     * whose terms are theirs, weighed by the rarer one's idf times its similarity.
     */
    QueryTerms analyze(IndexReader reader, String question, TopicWords topics, LibraryMeanings meanings)
            throws IOException {
        int docs = Math.max(1, reader.numDocs());
        List<QueryTerms.KnownWord> known = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Map<String, String> corrections = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        Matcher m = WORD.matcher(question.toLowerCase(Locale.ROOT));
        int last = 0;
        int spellingPasses = 0;
        while (m.find() && seen.size() < QueryBudget.MAX_DISTINCT_WORDS) {
            String word = m.group();
            List<String> terms = QueryBudget.capTerms(queryAnalyzer.terms(word));
            if (terms.isEmpty() || !seen.add(word)) {
                continue;
            }
            int df = maxDocFreq(reader, terms);
            if (df > 0) {
                known.add(new QueryTerms.KnownWord(word, terms, idf(df, docs), isTopic(reader, terms)));
                continue;
            }
            String fix = spellingPasses < QueryBudget.MAX_SPELLING_CANDIDATES && mayBeMisspelled(word)
                    ? correction(reader, word, topics) : null;
            if (mayBeMisspelled(word)) {
                spellingPasses++;
            }
            if (fix != null) {
                corrections.put(word, fix);
                known.add(new QueryTerms.KnownWord(word, List.of(fix), idf(maxDocFreq(reader, List.of(fix)), docs),
                        isTopic(reader, List.of(fix))));
                text.append(question, last, m.start()).append(' ');
                last = m.end();
            } else if (!word.chars().allMatch(Character::isDigit)) {
                unknown.add(word);
            }
        }
        Map<String, List<RelatedWord>> related = new LinkedHashMap<>();
        int lookups = 0;
        for (String u : unknown) {
            if (lookups == MAX_MEANING_LOOKUPS || meanings.size() == 0) {
                break;
            }
            List<String> own = indexAnalyzer.terms(u);
            if (own.size() != 1) {
                continue;
            }
            lookups++;
            List<RelatedWord> near = meanings.related(u, own.getFirst());
            if (!near.isEmpty()) {
                related.put(u, near);
                List<String> stems = near.stream().map(RelatedWord::stem).distinct().toList();
                double weight = near.getFirst().similarity() * idf(maxDocFreq(reader, stems), docs);
                known.add(new QueryTerms.KnownWord(u, stems, weight, false));
            }
        }
        if (QueryBudget.isLong(question)) {
            List<QueryTerms.KnownWord> kept = QueryBudget.keepRarest(known);
            Map<String, String> keptCorrections = new LinkedHashMap<>();
            List<QueryTerms.KnownWord> typed = new ArrayList<>();
            for (QueryTerms.KnownWord w : kept) {
                if (corrections.containsKey(w.word())) {
                    keptCorrections.put(w.word(), corrections.get(w.word()));
                } else if (!related.containsKey(w.word())) {
                    typed.add(w);
                }
            }
            return new QueryTerms(QueryBudget.text(typed), kept, List.copyOf(unknown), keptCorrections, related);
        }
        text.append(question.substring(last));
        return new QueryTerms(text.toString(), known, List.copyOf(unknown), corrections, related);
    }

    /** Whether {@link #correction} would consult the index for {@code word}. */
    private static boolean mayBeMisspelled(String word) {
        return word.length() >= MIN_SPELLCHECK_LENGTH && word.chars().allMatch(Character::isLetter);
    }

    /** The library term a misspelled word most likely means, or null; remembered per reader. */
    private String correction(IndexReader reader, String word, TopicWords topics) throws IOException {
        if (word.length() < MIN_SPELLCHECK_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return computeCorrection(reader, word, topics);
        }
        try {
            return corrections.get(new CorrectionKey(helper.getKey(), topics, word), k -> {
                try {
                    return Optional.ofNullable(computeCorrection(reader, word, topics));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).orElse(null);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private String computeCorrection(IndexReader reader, String word, TopicWords topics) throws IOException {
        String meant = topics.meant(word);
        if (meant != null) {
            List<String> stem = indexAnalyzer.terms(meant);
            if (stem.size() == 1 && maxDocFreq(reader, stem) > 0) {
                return stem.getFirst();
            }
        }
        List<String> stems = indexAnalyzer.terms(word);
        if (stems.size() != 1) {
            return null;
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(word.length() >= 8 ? 2 : 1);
        checker.setAccuracy(0.75f);
        SuggestWord best = null;
        for (String field : SPELLING_FIELDS) {
            SuggestWord[] suggestions = checker.suggestSimilar(new Term(field, stems.get(0)), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length > 0 && (best == null || suggestions[0].score > best.score)) {
                best = suggestions[0];
            }
        }
        return best == null ? null : best.string;
    }

    private static boolean isTopic(IndexReader reader, List<String> terms) throws IOException {
        for (String t : terms) {
            if (reader.docFreq(new Term(SearchFields.TITLE, t)) > 0 || reader.docFreq(new Term(SearchFields.SYNONYMS, t)) > 0) {
                return true;
            }
        }
        return false;
    }

    private static int maxDocFreq(IndexReader reader, List<String> terms) throws IOException {
        int max = 0;
        for (String field : FIELDS) {
            for (String t : terms) {
                max = Math.max(max, reader.docFreq(new Term(field, t)));
            }
        }
        return max;
    }

    /** BM25's idf: rare words weigh more. */
    static double idf(int df, int docs) {
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }
}
