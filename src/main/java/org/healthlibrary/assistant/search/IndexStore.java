package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.knowledge.SectionChunker;
import org.jboss.logging.Logger;

/**
 * The index folder on disk. Each build writes a complete new generation folder
 * ({@code gen-<n>}), commits it with the library's content hash and the embedder's id, then
 * atomically points the {@code CURRENT} file at it; a build that fails or is killed midway
 * leaves {@code CURRENT} on the previous generation. Older generations are deleted once a
 * newer one is current.
 *
 * <p>With an embedder, each passage also gets a vector (HNSW graph, dot product on unit
 * vectors). Vectors come from the {@link EmbeddingCache} in {@code <root>/embeddings} when the
 * passage's text was embedded before, so only new or edited passages are embedded.
 * Not thread-safe: callers serialise builds.
 */
final class IndexStore {

    /** Bump when the document schema or analysis changes, so old indexes are rebuilt. */
    static final String SCHEMA_VERSION = "3";
    static final String HASH_KEY = "library-hash";
    /** Commit data: how many articles the generation was built from (the shrink guard compares with it). */
    static final String ARTICLES_KEY = "articles";
    private static final String CURRENT = "CURRENT";
    private static final Logger LOG = Logger.getLogger(IndexStore.class);
    /** Passages embedded per batch: big enough to keep every embedding thread busy, small enough to log progress. */
    private static final int EMBED_BATCH = 256;
    /** Log progress every this many passages while embedding (a large library takes minutes). */
    private static final int PROGRESS_EVERY = 2048;
    /** Room for a large library in one segment: one HNSW graph and one BM25 pass per query. */
    private static final double RAM_BUFFER_MB = 128;

    private final Path root;
    private final PassageEmbedder embedder;
    private final boolean meanings;
    private final Path embeddingsDir;
    private final boolean ownCache;
    private final SectionChunker chunker = new SectionChunker();
    private final IntConsumer afterEachPassage;

    /** A keyword-only store. */
    IndexStore(Path root) {
        this(root, n -> { });
    }

    /**
     * A keyword-only store.
     *
     * @param afterEachPassage called with the running count after each passage is written; a
     *                         test seam to interrupt a build midway (an exception aborts the build)
     */
    IndexStore(Path root, IntConsumer afterEachPassage) {
        this(root, null, null, afterEachPassage);
    }

    /**
     * @param embedder      embeds passages, or null for a keyword-only index
     * @param sharedCache   where the embedding cache lives when other indexes share it (it is then
     *                      never compacted); null for the index's own, {@code <root>/embeddings},
     *                      compacted when most of its vectors are stale
     */
    IndexStore(Path root, PassageEmbedder embedder, Path sharedCache, IntConsumer afterEachPassage) {
        this(root, embedder, sharedCache, afterEachPassage, false);
    }

    /**
     * As above; with {@code meanings}, each opened generation also embeds the library's heading
     * words ({@link LibraryMeanings}) so that words the library lacks are read by meaning.
     */
    IndexStore(Path root, PassageEmbedder embedder, Path sharedCache, IntConsumer afterEachPassage, boolean meanings) {
        this.meanings = meanings;
        this.root = root;
        this.embedder = embedder;
        this.embeddingsDir = sharedCache == null ? root.resolve("embeddings") : sharedCache;
        this.ownCache = sharedCache == null;
        this.afterEachPassage = afterEachPassage;
    }

    /** The stamp an index built from {@code library} by this store carries. */
    String stamp(Library library) {
        return SCHEMA_VERSION + ":" + (embedder == null ? "bm25" : embedder.id()) + ":" + library.contentHash();
    }

    /** The current generation's folder and stamp, if there is a readable one. */
    Optional<Map.Entry<Path, String>> current() {
        try {
            Path pointer = root.resolve(CURRENT);
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            Path dir = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
            try (Directory d = FSDirectory.open(dir)) {
                if (!DirectoryReader.indexExists(d)) {
                    return Optional.empty();
                }
                String stamp = SegmentInfos.readLatestCommit(d).getUserData().get(HASH_KEY);
                return Optional.of(Map.entry(dir, stamp == null ? "" : stamp));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How many articles the generation in {@code dir} was built from; -1 when unknown or unreadable. */
    int articleCount(Path dir) {
        try (Directory d = FSDirectory.open(dir)) {
            String n = SegmentInfos.readLatestCommit(d).getUserData().get(ARTICLES_KEY);
            return n == null ? -1 : Integer.parseInt(n);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Writes and commits a new generation for {@code library}; does not make it current. */
    BuiltGeneration build(Library library) throws IOException {
        Files.createDirectories(root);
        Path dir = root.resolve("gen-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1_000_000);
        int[] passages = {0};
        int embedded = 0;
        boolean committed = false;
        try (Directory d = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(LibraryAnalyzer.forIndexing())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(RAM_BUFFER_MB));
             EmbeddingCache cache = embedder == null ? null
                     : EmbeddingCache.open(embeddingsDir, embedder.id(), embedder.dimension())) {
            List<Document> batch = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Article article : library.articles()) {
                for (Passage p : chunker.chunk(article)) {
                    batch.add(PassageDocuments.toDocument(article, p));
                    if (embedder != null) {
                        texts.add(embedder.passageText(p));
                    }
                    if (batch.size() == EMBED_BATCH) {
                        embedded += write(writer, batch, texts, cache, passages);
                    }
                }
            }
            embedded += write(writer, batch, texts, cache, passages);
            writer.setLiveCommitData(Map.of(HASH_KEY, stamp(library),
                    ARTICLES_KEY, Integer.toString(library.articles().size())).entrySet());
            writer.commit();
            committed = true;
            if (cache != null && ownCache) {
                cache.compactIfMostlyStale();
            }
        } finally {
            if (!committed) {
                deleteTree(dir);
            }
        }
        if (embedder != null) {
            LOG.infof("Embedded %d of %d passages with %s (the rest came from the cache)", embedded, passages[0],
                    embedder.id());
        }
        return new BuiltGeneration(dir, passages[0], embedded);
    }

    /** Adds a batch of passage documents with their vectors; returns how many had to be embedded. */
    private int write(IndexWriter writer, List<Document> batch, List<String> texts, EmbeddingCache cache, int[] count)
            throws IOException {
        int embedded = 0;
        if (embedder != null) {
            float[][] vectors = new float[texts.size()][];
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                vectors[i] = cache.get(texts.get(i));
                if (vectors[i] == null) {
                    missing.add(i);
                }
            }
            List<float[]> fresh = embedder.embedAll(missing.stream().map(texts::get).toList());
            for (int j = 0; j < missing.size(); j++) {
                int i = missing.get(j);
                vectors[i] = fresh.get(j);
                cache.put(texts.get(i), vectors[i]);
            }
            cache.flush();
            embedded = missing.size();
            if (embedded > 0 && (count[0] + batch.size()) / PROGRESS_EVERY > count[0] / PROGRESS_EVERY) {
                LOG.infof("Indexing: %d passages written", count[0] + batch.size());
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).add(new KnnFloatVectorField(SearchFields.VECTOR, vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
            }
        }
        for (Document doc : batch) {
            writer.addDocument(doc);
            count[0]++;
            afterEachPassage.accept(count[0]);
        }
        batch.clear();
        texts.clear();
        return embedded;
    }

    /**
     * Opens a committed generation for searching, after checking every file's checksum
     * ({@link IndexIntegrity}): a damaged generation throws rather than serving wrong answers.
     */
    IndexGeneration open(Path dir, Library library) throws IOException {
        Directory d = FSDirectory.open(dir);
        try {
            IndexIntegrity.verify(d);
            SearcherManager manager = new SearcherManager(d, new SearcherFactory());
            int count;
            var s = manager.acquire();
            try {
                count = s.getIndexReader().numDocs();
            } finally {
                manager.release(s);
            }
            return new IndexGeneration(dir, d, manager, library, count,
                    meanings ? LibraryMeanings.orNone(library, embedder, embeddingsDir) : LibraryMeanings.NONE);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** Atomically makes {@code dir} the current generation. */
    void makeCurrent(Path dir) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, dir.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes every generation folder except {@code keep} (best effort; open files may linger). */
    void deleteOtherGenerations(Path keep) {
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith("gen-"))
                    .filter(p -> !p.equals(keep)).toList()) {
                deleteTree(p);
            }
        } catch (IOException ignored) {
            // Leftover generations waste disk only; the next successful build retries.
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // Best effort, see deleteOtherGenerations.
        }
    }

    /** A generation written to disk. */
    record BuiltGeneration(Path dir, int passages, int embedded) {
    }
}
