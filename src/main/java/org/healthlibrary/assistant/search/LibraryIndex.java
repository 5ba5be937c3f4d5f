package org.healthlibrary.assistant.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.healthlibrary.assistant.knowledge.KnowledgeConfig;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.healthlibrary.assistant.knowledge.LoadProblem;
import org.jboss.logging.Logger;

/**
 * Owns the live Lucene index of the health library. At start-up it loads the articles and
 * opens the current index generation when its stamp matches the articles' content hash,
 * otherwise builds a new generation first. {@link #rebuild()} builds a new generation while
 * the old one keeps serving, then swaps it in at once. Queries go through
 * {@link #withSearcher}; they never see a half-built index.
 *
 * <p>Thread-safe: the current generation is an atomic reference; builds are serialised.
 */
@ApplicationScoped
public class LibraryIndex {

    private static final Logger LOG = Logger.getLogger(LibraryIndex.class);

    private final Path knowledgePath;
    private final IndexStore store;
    private final LibraryLoader loader = new LibraryLoader();
    private final AtomicReference<IndexGeneration> current = new AtomicReference<>();
    private volatile String failure;

    @Inject
    public LibraryIndex(KnowledgeConfig knowledge, IndexConfig index) {
        this(Path.of(knowledge.path()), new IndexStore(Path.of(index.path())));
    }

    LibraryIndex(Path knowledgePath, IndexStore store) {
        this.knowledgePath = knowledgePath;
        this.store = store;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            openOrBuild();
        } catch (RuntimeException | IOException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.errorf("Health library index could not be opened (%s); the service is not ready", failure);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        IndexGeneration gen = current.getAndSet(null);
        if (gen != null) {
            try {
                gen.close();
            } catch (IOException e) {
                LOG.warnf("Closing the index failed: %s", e.getMessage());
            }
        }
    }

    /** Opens the current generation if it matches the library, else builds one. */
    synchronized void openOrBuild() throws IOException {
        long start = System.nanoTime();
        Library library = load();
        String stamp = IndexStore.stamp(library);
        Optional<Map.Entry<Path, String>> existing = store.current();
        if (existing.isPresent() && existing.get().getValue().equals(stamp)) {
            swapIn(store.open(existing.get().getKey(), library));
            LOG.infof("Opened existing index: %d articles, %d passages in %d ms", library.articles().size(),
                    current.get().passageCount, (System.nanoTime() - start) / 1_000_000);
            return;
        }
        LOG.infof(existing.isPresent() ? "Articles changed since the index was built: rebuilding"
                : "No index found: building it");
        buildAndSwap(library, start);
    }

    /**
     * Rebuilds the index from the articles on disk now and swaps it in. The previous
     * generation keeps serving until the new one is complete; if the build fails, it stays.
     */
    public synchronized RebuildReport rebuild() {
        long start = System.nanoTime();
        Library library = load();
        try {
            buildAndSwap(library, start);
        } catch (IOException e) {
            throw new UncheckedIOException("Index rebuild failed; the previous index is still serving", e);
        }
        return new RebuildReport(library.articles().size(), current.get().passageCount, library.problems(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void buildAndSwap(Library library, long start) throws IOException {
        IndexStore.BuiltGeneration built = store.build(library);
        IndexGeneration opened = store.open(built.dir(), library);
        store.makeCurrent(built.dir());
        swapIn(opened);
        store.deleteOtherGenerations(built.dir());
        LOG.infof("Built index: %d articles, %d passages in %d ms", library.articles().size(), built.passages(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private void swapIn(IndexGeneration next) {
        IndexGeneration previous = current.getAndSet(next);
        failure = null;
        if (previous != null) {
            try {
                previous.close();
            } catch (IOException e) {
                LOG.warnf("Closing the previous index generation failed: %s", e.getMessage());
            }
        }
    }

    private Library load() {
        Library library = loader.load(knowledgePath);
        for (LoadProblem p : library.problems()) {
            LOG.warnf("Skipped article %s: %s", p.file(), p.reason());
        }
        return library;
    }

    /** True once an index generation is open. */
    public boolean isReady() {
        return current.get() != null;
    }

    /** Why the index is not open, or {@code null}. */
    public String failure() {
        return failure;
    }

    /** The library the current index was built from. */
    public Library library() {
        return generation().library;
    }

    /** Runs {@code work} against the current generation with an acquired searcher. */
    <T> T withSearcher(IndexGeneration.SearcherWork<T> work) {
        try {
            return generation().withSearcher(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexGeneration generation() {
        IndexGeneration gen = current.get();
        if (gen == null) {
            throw new IndexNotReadyException();
        }
        return gen;
    }

    /** What a rebuild did. */
    public record RebuildReport(int articles, int passages, java.util.List<LoadProblem> problems, long millis) {
    }
}
