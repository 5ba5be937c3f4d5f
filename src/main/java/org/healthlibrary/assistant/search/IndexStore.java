package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.Passage;
import org.healthlibrary.assistant.knowledge.SectionChunker;

/**
 * The index folder on disk. Each build writes a complete new generation folder
 * ({@code gen-<n>}), commits it with the library's content hash, then atomically points the
 * {@code CURRENT} file at it; a build that fails or is killed midway leaves {@code CURRENT}
 * on the previous generation. Older generations are deleted once a newer one is current.
 * Not thread-safe: callers serialise builds.
 */
final class IndexStore {

    /** Bump when the document schema or analysis changes, so old indexes are rebuilt. */
    static final String SCHEMA_VERSION = "1";
    static final String HASH_KEY = "library-hash";
    private static final String CURRENT = "CURRENT";

    private final Path root;
    private final SectionChunker chunker = new SectionChunker();
    private final IntConsumer afterEachPassage;

    IndexStore(Path root) {
        this(root, n -> { });
    }

    /**
     * @param afterEachPassage called with the running count after each passage is written; a
     *                         test seam to interrupt a build midway (an exception aborts the build)
     */
    IndexStore(Path root, IntConsumer afterEachPassage) {
        this.root = root;
        this.afterEachPassage = afterEachPassage;
    }

    /** The hash an index built from {@code library} is stamped with. */
    static String stamp(Library library) {
        return SCHEMA_VERSION + ":" + library.contentHash();
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

    /** Writes and commits a new generation for {@code library}; does not make it current. */
    BuiltGeneration build(Library library) throws IOException {
        Files.createDirectories(root);
        Path dir = root.resolve("gen-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1_000_000);
        int passages = 0;
        boolean committed = false;
        try (Directory d = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(LibraryAnalyzer.forIndexing())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Article article : library.articles()) {
                for (Passage p : chunker.chunk(article)) {
                    Document doc = PassageDocuments.toDocument(article, p);
                    writer.addDocument(doc);
                    passages++;
                    afterEachPassage.accept(passages);
                }
            }
            writer.setLiveCommitData(Map.of(HASH_KEY, stamp(library)).entrySet());
            writer.commit();
            committed = true;
        } finally {
            if (!committed) {
                deleteTree(dir);
            }
        }
        return new BuiltGeneration(dir, passages);
    }

    /** Opens a committed generation for searching. */
    IndexGeneration open(Path dir, Library library) throws IOException {
        Directory d = FSDirectory.open(dir);
        try {
            SearcherManager manager = new SearcherManager(d, new SearcherFactory());
            int count;
            var s = manager.acquire();
            try {
                count = s.getIndexReader().numDocs();
            } finally {
                manager.release(s);
            }
            return new IndexGeneration(dir, d, manager, library, count);
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
    record BuiltGeneration(Path dir, int passages) {
    }
}
