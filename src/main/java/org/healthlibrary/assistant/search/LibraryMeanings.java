package org.healthlibrary.assistant.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.util.VectorUtil;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.knowledge.SectionChunker;
import org.jboss.logging.Logger;

/**
 * The library's own heading words by meaning: every word of its article titles, synonyms, section
 * headings and question headings, embedded once when an index generation is opened, so that a
 * patient's word the library never uses ("gym", "bloodwork", "appointment") can be read as the
 * library words nearest to it in meaning ("exercise", "blood", "visit"). Nothing here is a hand
 * list: the words come from whatever library is loaded (Markdown articles or a JSONL import).
 *
 * <p>Cost is bounded: at most {@value #MAX_WORDS} heading words (the most used ones) are kept,
 * their vectors come from an {@link EmbeddingCache} file of their own after the first build; at
 * query time a word costs one embedding of the word (a few milliseconds) and one dot product per
 * heading word, and each word's neighbours are remembered ({@value #CACHE_SIZE} words).
 * Thread-safe; immutable but for its cache.
 */
final class LibraryMeanings {

    private static final Logger LOG = Logger.getLogger(LibraryMeanings.class);

    /** The meanings of a library searched without embeddings: none. */
    static final LibraryMeanings NONE = new LibraryMeanings(null, List.of(), List.of(), new float[0][]);

    /** Heading words kept, most used first: bounds the build's and each look-up's cost. */
    static final int MAX_WORDS = 5_000;
    /** Words whose neighbours are remembered. */
    static final int CACHE_SIZE = 20_000;
    /**
     * The least cosine between a patient's word and a heading word for the heading word to stand
     * in for it. Single words embedded by all-MiniLM: near-synonyms score 0.6-0.8 ("gym" and
     * "exercise" 0.64, "infusion" and "transfusion" 0.69), unrelated words 0.2-0.45.
     */
    static final double MIN_SIMILARITY = 0.6;
    /**
     * How far above the word's usual similarity to the library's heading words (in standard
     * deviations) a heading word must be: some words are near every word ("dad", "came"), and a
     * neighbour must stand out from the rest, not merely be near.
     */
    static final double MIN_STANDOUT = 3.5;
    /** Fewer heading words than this give no meaningful spread of similarities: nothing is read. */
    static final int MIN_VOCABULARY = 20;
    /** Heading words taken per patient word. */
    static final int MAX_RELATED = 2;
    /** Shorter heading words (mostly abbreviations: "mds", "cml") are not read in place of a word. */
    private static final int MIN_LENGTH = 4;
    /** Shorter patient words are not read by meaning. */
    private static final int MIN_WORD_LENGTH = 3;

    private final PassageEmbedder embedder;
    private final List<String> words;
    private final List<String> stems;
    private final float[][] vectors;
    private final Cache<String, List<RelatedWord>> cache = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    private LibraryMeanings(PassageEmbedder embedder, List<String> words, List<String> stems, float[][] vectors) {
        this.embedder = embedder;
        this.words = List.copyOf(words);
        this.stems = List.copyOf(stems);
        this.vectors = vectors;
    }

    /**
     * The heading words of {@code library}, embedded by {@code embedder} (vectors read from and
     * added to the cache file in {@code cacheDir}); {@link #NONE} without an embedder.
     */
    static LibraryMeanings build(Library library, PassageEmbedder embedder, Path cacheDir) throws IOException {
        if (embedder == null) {
            return NONE;
        }
        long start = System.nanoTime();
        Map<String, String> stemOf = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        LibraryAnalyzer analyzer = LibraryAnalyzer.forIndexing();
        SectionChunker chunker = new SectionChunker();
        for (Article a : library.articles()) {
            count(a.title(), analyzer, stemOf, uses);
            a.synonyms().forEach(s -> count(s, analyzer, stemOf, uses));
            for (Passage p : chunker.chunk(a)) {
                count(p.section(), analyzer, stemOf, uses);
                if (p.question() != null) {
                    count(p.question(), analyzer, stemOf, uses);
                }
            }
        }
        List<String> kept = stemOf.keySet().stream()
                .sorted(Comparator.comparing((String w) -> -uses.get(w)).thenComparing(w -> w))
                .limit(MAX_WORDS).toList();
        int dim = embedder.dimension();
        float[][] matrix = new float[kept.size()][];
        int embedded = 0;
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir, embedder.id() + "-words", dim)) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                float[] v = cache.get(kept.get(i));
                if (v == null) {
                    missing.add(i);
                } else {
                    matrix[i] = v;
                }
            }
            List<float[]> fresh = embedder.embedAll(missing.stream().map(kept::get).toList());
            for (int j = 0; j < missing.size(); j++) {
                int i = missing.get(j);
                cache.put(kept.get(i), fresh.get(j));
                matrix[i] = fresh.get(j);
            }
            embedded = missing.size();
        }
        LOG.infof("Library meanings: %d heading words (%d embedded now) in %d ms", kept.size(), embedded,
                (System.nanoTime() - start) / 1_000_000);
        return new LibraryMeanings(embedder, kept, kept.stream().map(stemOf::get).toList(), matrix);
    }

    /**
     * {@link #build}, or {@link #NONE} when the words cannot be embedded or cached: the index then
     * serves without them rather than not at all.
     */
    static LibraryMeanings orNone(Library library, PassageEmbedder embedder, Path cacheDir) {
        try {
            return build(library, embedder, cacheDir);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Heading words by meaning are off for this index: %s", e.getClass().getSimpleName());
            return NONE;
        }
    }

    private static void count(String text, LibraryAnalyzer analyzer, Map<String, String> stemOf,
                              Map<String, Integer> uses) {
        if (text == null) {
            return;
        }
        CharArraySet stop = LibraryAnalyzer.QUERY_STOP_WORDS;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() < MIN_LENGTH || stop.contains(w)) {
                continue;
            }
            if (!stemOf.containsKey(w)) {
                List<String> stem = analyzer.terms(w);
                if (stem.size() != 1) {
                    continue;
                }
                stemOf.put(w, stem.getFirst());
            }
            uses.merge(w, 1, Integer::sum);
        }
    }

    /** How many heading words this map reads words against. */
    int size() {
        return words.size();
    }

    /**
     * The heading words nearest in meaning to {@code word} (lower case), best first: at most
     * {@value #MAX_RELATED}, each at least {@value #MIN_SIMILARITY} similar and standing out from
     * the word's similarity to all heading words by {@value #MIN_STANDOUT} standard deviations, none
     * with the word's own stem. Empty for a word too short to read, or when fewer than
     * {@value #MIN_VOCABULARY} heading words make the spread meaningless.
     */
    List<RelatedWord> related(String word, String ownStem) {
        if (words.size() < MIN_VOCABULARY || word.length() < MIN_WORD_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        return cache.get(word, w -> nearest(w, ownStem));
    }

    private List<RelatedWord> nearest(String word, String ownStem) {
        float[] v = embedder.embedAll(List.of(word)).getFirst();
        double[] sims = new double[words.size()];
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < sims.length; i++) {
            sims[i] = VectorUtil.dotProduct(v, vectors[i]);
            sum += sims[i];
            squares += sims[i] * sims[i];
        }
        double mean = sum / sims.length;
        double sd = Math.sqrt(Math.max(1e-12, squares / sims.length - mean * mean));
        List<RelatedWord> best = new ArrayList<>();
        for (int i = 0; i < sims.length; i++) {
            double sim = sims[i];
            if (sim < MIN_SIMILARITY || (sim - mean) / sd < MIN_STANDOUT || words.get(i).length() < MIN_LENGTH
                    || stems.get(i).equals(ownStem) || words.get(i).equals(word)) {
                continue;
            }
            best.add(new RelatedWord(words.get(i), stems.get(i), sim));
            best.sort(Comparator.comparingDouble(r -> -r.similarity()));
            if (best.size() > MAX_RELATED) {
                best.removeLast();
            }
        }
        return List.copyOf(best);
    }
}
