package org.healthlibrary.assistant.search;

import java.util.List;
import java.util.Map;

/**
 * What a query's words are, as the index sees them: the words it knows (directly, through a
 * synonym, or after a spelling fix), the words no article contains, and the spelling fixes made.
 *
 * @param text        the query text after spelling fixes
 * @param known       the known content words, each with its analyzed terms (synonyms and stems)
 * @param unknown     content words that occur nowhere in the library (lower case)
 * @param corrections misspelled word to the library word it was read as
 * @param related     unknown word to the library heading words read for it by meaning
 *                    ({@link LibraryMeanings}); each such word is also in {@code known}, with the
 *                    heading words' terms, and stays in {@code unknown}
 */
public record QueryTerms(String text, List<KnownWord> known, List<String> unknown, Map<String, String> corrections,
                         Map<String, List<RelatedWord>> related) {

    public QueryTerms {
        known = List.copyOf(known);
        unknown = List.copyOf(unknown);
        corrections = Map.copyOf(corrections);
        related = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(related));
    }

    /** Terms with no word read by meaning. */
    public QueryTerms(String text, List<KnownWord> known, List<String> unknown, Map<String, String> corrections) {
        this(text, known, unknown, corrections, Map.of());
    }

    /**
     * A word the library knows.
     *
     * @param word  the word as typed (or as corrected), lower case
     * @param terms its analyzed forms, synonyms included
     * @param idf   how rare it is in the library (higher is rarer)
     * @param topic true when some article's title or synonyms contain it (it can name a subject)
     */
    public record KnownWord(String word, List<String> terms, double idf, boolean topic) {
    }
}
