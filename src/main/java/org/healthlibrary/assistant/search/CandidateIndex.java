package org.healthlibrary.assistant.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.healthlibrary.assistant.knowledge.Library;
import org.jboss.logging.Logger;

/**
 * An index of a library that is not served: a staff member's unpublished change, built in a
 * folder of its own with the live index's embedder and settings so that it retrieves exactly as
 * the live one would. Patients never see it; {@link LibraryIndex#within} lets one thread answer
 * against it. Built once per library content (an unchanged candidate is reopened, not rebuilt).
 *
 * <p>Thread-safe for queries (as the live generation); {@link #close()} once nobody uses it
 * (a query still running finishes, Lucene reference-counts the reader).
 */
public final class CandidateIndex implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CandidateIndex.class);

    private final IndexGeneration generation;

    private CandidateIndex(IndexGeneration generation) {
        this.generation = generation;
    }

    /**
     * Opens the index of {@code library} in {@code dir}, building it when the folder holds
     * another version. Embeds with the live index's embedder; on the first build the live
     * index's embedding cache ({@code liveIndexPath/embeddings}) is copied, so that only new or
     * edited passages are embedded. Blocking; callers serialise builds of one folder.
     */
    public static CandidateIndex openOrBuild(LibraryIndex live, Path liveIndexPath, Library library, Path dir)
            throws IOException {
        IndexStore store = new IndexStore(dir, live.embedder(), null, n -> { }, live.settings().meanings());
        Optional<Map.Entry<Path, String>> existing = store.current();
        if (existing.isPresent() && existing.get().getValue().equals(store.stamp(library))) {
            try {
                return new CandidateIndex(store.open(existing.get().getKey(), library));
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The candidate index on disk is unreadable (%s): building it again", e.getClass().getSimpleName());
            }
        }
        seedEmbeddings(liveIndexPath.resolve("embeddings"), dir.resolve("embeddings"));
        IndexStore.BuiltGeneration built = store.build(library);
        IndexGeneration opened = store.open(built.dir(), library);
        store.makeCurrent(built.dir());
        store.deleteOtherGenerations(built.dir());
        return new CandidateIndex(opened);
    }

    /** Copies the live embedding cache files into an empty candidate cache folder (best effort). */
    private static void seedEmbeddings(Path from, Path to) {
        if (!Files.isDirectory(from) || Files.isDirectory(to)) {
            return;
        }
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.debugf("Copying the live embedding cache failed (%s); the candidate embeds every passage",
                    e.getClass().getSimpleName());
        }
    }

    /** The library this candidate was built from. */
    public Library library() {
        return generation.library;
    }

    /** How many passages it holds. */
    public int passages() {
        return generation.passageCount;
    }

    IndexGeneration generation() {
        return generation;
    }

    @Override
    public void close() throws IOException {
        generation.close();
    }
}
