package org.healthlibrary.assistant.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;

/**
 * The words of a library's topic names as written (article titles and synonyms, lower case,
 * words of 6+ letters): what a typing slip in a topic's name is read against ("aplasitc" is
 * "aplastic"). The index's spell checker works on stems, where a swap of two letters near the
 * end can cost two edits ("aplasitc" against the stem "aplast"); the names as written do not
 * have that problem. A slip is {@link SlipWords}'. Immutable, thread-safe.
 */
final class TopicWords {

    static final TopicWords NONE = new TopicWords(null, Set.of());

    private final Library library;
    private final SlipWords words;

    private TopicWords(Library library, Set<String> words) {
        this.library = library;
        this.words = new SlipWords(words);
    }

    /** The topic words of {@code library}. */
    static TopicWords of(Library library) {
        Set<String> words = new HashSet<>();
        for (Article a : library.articles()) {
            add(words, a.title());
            a.synonyms().forEach(s -> add(words, s));
        }
        return new TopicWords(library, words);
    }

    private static void add(Set<String> words, String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 6) {
                words.add(w);
            }
        }
    }

    /** The library these words come from ({@code null} for {@link #NONE}). */
    Library library() {
        return library;
    }

    /** The one topic word {@code typed} (5+ letters) is a slip of, or null (none, or more than one). */
    String meant(String typed) {
        return typed.length() < 5 ? null : words.meant(typed);
    }
}
