package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.healthlibrary.assistant.knowledge.Library;

/**
 * One built, open index generation: its folder, the searcher manager over it, the library it was
 * built from and that library's heading words by meaning ({@link LibraryMeanings}). Queries acquire a searcher and release it in {@code finally}; closing a
 * generation that queries still use is safe (Lucene reference-counts the reader).
 */
final class IndexGeneration implements AutoCloseable {

    final Path dir;
    final Directory directory;
    final SearcherManager manager;
    final Library library;
    final int passageCount;
    /** The library's heading words by meaning, read against patients' words the library lacks. */
    final LibraryMeanings meanings;

    IndexGeneration(Path dir, Directory directory, SearcherManager manager, Library library, int passageCount,
                    LibraryMeanings meanings) {
        this.dir = dir;
        this.directory = directory;
        this.manager = manager;
        this.library = library;
        this.passageCount = passageCount;
        this.meanings = meanings;
    }

    /** Runs {@code work} with an acquired searcher, always releasing it. */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return work.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }

    /** Work done with a searcher. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
