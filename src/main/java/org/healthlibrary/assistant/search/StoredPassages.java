package org.healthlibrary.assistant.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.healthlibrary.assistant.knowledge.Passage;

/**
 * Passages read from the index's stored fields, remembered per index reader: the passages an
 * answer quotes are few and asked for again and again, while reading one means decompressing a
 * stored-fields block (a tenth of a library answer's CPU time under load, by profile).
 *
 * <p>At most {@value #MAX_PASSAGES} passages are kept (a few MB: passages are a few hundred
 * words). The key is the reader's cache key and the document number, so a new index generation
 * never sees an old generation's passage. Thread-safe.
 */
final class StoredPassages {

    /** Passages remembered across all readers. */
    static final int MAX_PASSAGES = 4_000;

    private final Cache<Key, Passage> passages = Caffeine.newBuilder().maximumSize(MAX_PASSAGES).build();

    private record Key(Object reader, int doc) {
    }

    /** The passage stored for {@code doc} in {@code searcher}'s reader. */
    Passage get(IndexSearcher searcher, int doc) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return read(searcher, doc);
        }
        try {
            return passages.get(new Key(helper.getKey(), doc), k -> {
                try {
                    return read(searcher, doc);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Passage read(IndexSearcher searcher, int doc) throws IOException {
        return PassageDocuments.toPassage(searcher.storedFields().document(doc));
    }
}
