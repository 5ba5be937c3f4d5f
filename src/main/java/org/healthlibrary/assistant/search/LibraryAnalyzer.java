package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English analysis for the library: standard tokenizer, possessives, lower case, stop words,
 * Porter stemming. The query-time variant adds the lay/clinical synonym graph (before
 * stemming, so synonyms are written as plain words) and drops question filler words
 * ("what", "does", "my"). Indexing and querying share the same chain otherwise, so terms match.
 * Thread-safe (Lucene analyzers reuse per-thread components).
 */
public final class LibraryAnalyzer extends Analyzer {

    /** Words that carry no topic in a patient's question. Only removed from queries. */
    static final CharArraySet QUERY_STOP_WORDS = queryStopWords();

    private final SynonymMap synonyms;
    private final CharArraySet stopWords;

    private LibraryAnalyzer(SynonymMap synonyms, CharArraySet stopWords) {
        this.synonyms = synonyms;
        this.stopWords = stopWords;
    }

    /** The analyzer used to index passages. */
    public static LibraryAnalyzer forIndexing() {
        return new LibraryAnalyzer(null, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    /** The analyzer used to parse patients' questions, with synonyms. */
    public static LibraryAnalyzer forQueries(SynonymMap synonyms) {
        return new LibraryAnalyzer(synonyms, QUERY_STOP_WORDS);
    }

    /** The terms this analyzer makes of {@code text}, in order (synonyms included for the query variant). */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = tokenStream(SearchFields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        if (synonyms != null && synonyms.fst != null) {
            ts = new SynonymGraphFilter(ts, synonyms, true);
        }
        ts = new StopFilter(ts, stopWords);
        ts = new PorterStemFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static CharArraySet queryStopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        for (String w : new String[] {"what", "whats", "what's", "how", "why", "when", "who", "whom", "which", "where",
                "do", "does", "did", "doing", "done", "can", "could", "should", "would", "shall", "may", "might",
                "must", "i", "im", "i'm", "me", "my", "mine", "myself", "you", "your", "yours", "we", "our", "us",
                "am", "been", "being", "has", "have", "had", "having", "get", "gets", "got", "getting",
                "mean", "means", "meaning", "tell", "about", "please", "know", "want", "need", "thing", "things",
                "some", "any", "much", "many", "more", "most", "very", "really", "just", "also", "so", "than",
                "from", "up", "out", "its", "it's", "he", "she", "him", "her", "his", "hers", "them", "those",
                "something", "anything", "someone", "lot", "lots", "kind", "sort", "hi", "hello", "hey", "thanks",
                "thank", "okay", "ok", "like", "go", "own", "actually", "ever",
                "dangerously", "extremely", "super", "quite", "pretty", "too"}) {
            set.add(w);
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
