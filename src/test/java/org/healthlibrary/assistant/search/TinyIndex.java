package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Passage;

/**
 * A small in-memory index of passages, built exactly as the service builds its index
 * ({@link PassageDocuments#toDocument}, {@link LibraryAnalyzer#forIndexing()}), one segment,
 * documents numbered in the order given. For unit tests of the search internals.
 */
final class TinyIndex implements AutoCloseable {

    /** A passage of a one-passage article with the given synonyms. */
    record Doc(String title, List<String> synonyms, String section, String question, String text) {
    }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    final DirectoryReader reader;

    TinyIndex(List<Doc> docs) {
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(LibraryAnalyzer.forIndexing()))) {
            int n = 0;
            for (Doc d : docs) {
                String id = "a" + n++;
                Article article = new Article(id, d.title(), "https://example.org/" + id, null, "", d.synonyms(),
                        List.of(), List.of(), d.text());
                w.addDocument(PassageDocuments.toDocument(article,
                        new Passage(id + "#p", id, d.title(), article.url(), d.section(), d.question(), d.text())));
            }
            w.forceMerge(1);
            w.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
