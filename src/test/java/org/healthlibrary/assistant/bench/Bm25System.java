package org.healthlibrary.assistant.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The keyword baseline: Lucene with its defaults. One text field (title and text, or text
 * only) analysed by {@link StandardAnalyzer}, {@code BM25Similarity} (k1 = 1.2, b = 0.75), the
 * question analysed by the same analyzer into an OR of its words ({@link QueryBuilder}, what
 * the classic query parser builds for plain words). No query syntax is parsed, so patient text
 * with {@code AND}, {@code OR}, {@code NOT}, quotes or brackets is searched as words.
 */
final class Bm25System implements RetrievalSystem {

    private static final String ID = "id";
    private static final String CONTENTS = "contents";

    private final Path dir;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private Directory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    Bm25System(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "bm25";
    }

    @Override
    public void index(List<BenchCorpus.Doc> docs, boolean withTitle) throws IOException {
        directory = FSDirectory.open(dir);
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (BenchCorpus.Doc d : docs) {
                Document doc = new Document();
                doc.add(new StringField(ID, d.id(), Field.Store.YES));
                doc.add(new TextField(CONTENTS, d.content(withTitle), Field.Store.NO));
                w.addDocument(doc);
            }
            w.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @Override
    public List<String> search(String question) throws Exception {
        Query query = new QueryBuilder(analyzer).createBooleanQuery(CONTENTS, question, BooleanClause.Occur.SHOULD);
        List<String> out = new ArrayList<>();
        if (query == null) {
            return out; // nothing searchable in the question
        }
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(query, 10).scoreDocs) {
            out.add(stored.document(sd.doc).get(ID));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        if (directory != null) {
            directory.close();
        }
    }
}
