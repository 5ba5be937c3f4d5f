package org.healthlibrary.assistant.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.lucene.store.AlreadyClosedException;
import org.healthlibrary.assistant.knowledge.KnowledgeConfig;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.healthlibrary.assistant.knowledge.LoadProblem;
import org.jboss.logging.Logger;

/**
 * Owns the live Lucene index of the health library. At start-up it loads the articles and
 * opens the current index generation when its stamp matches the articles' content hash,
 * otherwise builds a new generation; start-up waits for that at most
 * {@code assistant.index.start-wait}, and a longer build finishes in the background.
 * {@link #rebuild()} builds a new generation while the old one keeps serving, then swaps it
 * in at once. Queries go through
 * {@link #withSearcher}; they never see a half-built index.
 *
 * <p>With an embedding model configured ({@link SearchConfig}), every passage also gets a
 * vector for dense retrieval; vectors are cached by text next to the index, so a restart or a
 * reindex embeds only new or edited passages. The model is loaded when the index is first
 * opened or built.
 *
 * <p>{@link #within} runs work on the calling thread against a {@link CandidateIndex} instead
 * (the console's side-by-side check of a library change): every query, library and scope read
 * made by that thread inside the call sees the candidate, and no other thread does, so patient
 * traffic keeps the live index.
 *
 * <p>Thread-safe: the current generation is an atomic reference; builds are serialised; the
 * candidate binding is per thread.
 */
@ApplicationScoped
public class LibraryIndex {

    private static final Logger LOG = Logger.getLogger(LibraryIndex.class);

    private final Supplier<Library> source;
    private final IndexStore store;
    private final SearchSettings settings;
    private final PassageEmbedder embedder;
    private final AtomicReference<IndexGeneration> current = new AtomicReference<>();
    /** A candidate generation the calling thread is bound to by {@link #within}; empty for everyone else. */
    private final ThreadLocal<IndexGeneration> bound = new ThreadLocal<>();
    private final IndexRepair repair = new IndexRepair(this::repair);
    private volatile String failure = IndexReasons.OPENING;
    private volatile double maxShrink = 0.5;

    @Inject
    public LibraryIndex(KnowledgeConfig knowledge, IndexConfig index, SearchConfig search) {
        this(folder(Path.of(knowledge.path())), Path.of(index.path()), SearchSettings.of(search));
        this.maxShrink = index.maxShrink();
    }

    /**
     * An index of the library {@code source} supplies (called at every build), kept in
     * {@code indexPath} with its embedding cache in {@code indexPath/embeddings}. Used by the
     * service (with the knowledge folder) and by the retrieval benchmark (with a corpus).
     */
    public LibraryIndex(Supplier<Library> source, Path indexPath, SearchSettings settings) {
        this(source, null, indexPath, settings);
    }

    /**
     * As above, with an embedding cache in {@code sharedCache} that other indexes share (the
     * benchmark's corpora): it is never compacted, since the others' vectors look stale here.
     */
    public LibraryIndex(Supplier<Library> source, Path sharedCache, Path indexPath, SearchSettings settings) {
        this.source = source;
        this.settings = settings;
        this.embedder = PassageEmbedder.of(settings);
        this.store = new IndexStore(indexPath, embedder, sharedCache, n -> { }, settings.meanings());
    }

    /** A keyword-only index of a knowledge folder in a given store (tests). */
    LibraryIndex(Path knowledgePath, IndexStore store) {
        this.source = folder(knowledgePath);
        this.store = store;
        this.settings = SearchSettings.keywordOnly();
        this.embedder = null;
    }

    private static Supplier<Library> folder(Path knowledgePath) {
        LibraryLoader loader = new LibraryLoader();
        return () -> loader.load(knowledgePath);
    }

    void onStart(@Observes StartupEvent event, IndexConfig config) {
        openAtStart(config.startWait());
    }

    /**
     * Opens or builds the index on a thread of its own and waits for it at most {@code wait};
     * a longer build finishes in the background (not ready until then). Returns true when the
     * index was open (or had failed) within the wait.
     */
    boolean openAtStart(Duration wait) {
        Thread opener = Thread.ofPlatform().name("library-index-open").daemon(true).start(() -> {
            try {
                openOrBuild();
            } catch (LibraryShrinkException e) {
                failure = IndexReasons.LIBRARY_SHRANK;
                LOG.errorf("%s The service is not ready.", e.getMessage());
            } catch (RuntimeException | IOException e) {
                failure = IndexReasons.OPEN_FAILED;
                LOG.errorf("Health library index could not be opened (%s); the service is not ready",
                        e.getClass().getSimpleName());
            }
        });
        try {
            if (opener.join(wait)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.infof("The index is still being built after %d s: starting now; not ready until the build is done",
                wait.toSeconds());
        return false;
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** Closes the open generation and stops the embedding threads. */
    public void close() {
        IndexGeneration gen = current.getAndSet(null);
        if (gen != null) {
            try {
                gen.close();
            } catch (IOException e) {
                LOG.warnf("Closing the index failed: %s", e.getMessage());
            }
        }
        if (embedder != null) {
            embedder.close();
        }
        repair.close();
    }

    /** Opens the current generation if it matches the library, else builds one. */
    synchronized void openOrBuild() throws IOException {
        long start = System.nanoTime();
        Library library = load();
        String stamp = store.stamp(library);
        Optional<Map.Entry<Path, String>> existing = store.current();
        if (existing.isPresent() && existing.get().getValue().equals(stamp)) {
            try {
                swapIn(store.open(existing.get().getKey(), library));
                LOG.infof("Opened existing index: %d articles, %d passages in %d ms", library.articles().size(),
                        current.get().passageCount, (System.nanoTime() - start) / 1_000_000);
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The index on disk is damaged (%s): rebuilding it from the knowledge folder",
                        e.getClass().getSimpleName());
                failure = IndexReasons.REBUILDING_DAMAGED;
            }
        } else if (existing.isPresent()) {
            checkShrink(store.articleCount(existing.get().getKey()), library);
            LOG.infof("Articles changed since the index was built: rebuilding");
        } else {
            LOG.infof("No index found: building it");
        }
        failure = failure == null || failure.equals(IndexReasons.OPENING) ? IndexReasons.BUILDING : failure;
        buildAndSwap(library, start);
    }

    /** Throws when {@code library} has too few of the {@code serving} articles left (unknown: -1). */
    private void checkShrink(int serving, Library library) {
        int found = library.articles().size();
        if (serving > 0 && found < serving * (1 - maxShrink)) {
            throw new LibraryShrinkException(serving, found, maxShrink);
        }
    }

    /** Rebuilds a damaged index from the knowledge folder (on the repair thread). */
    private synchronized void repair() {
        if (current.get() != null) {
            return;
        }
        try {
            buildAndSwap(load(), System.nanoTime());
        } catch (IOException | RuntimeException e) {
            failure = IndexReasons.REPAIR_FAILED;
            LOG.errorf("Rebuilding the damaged index failed (%s); the service is not ready", e.getClass().getSimpleName());
        }
    }

    /** {@link #rebuild(boolean)} without force. */
    public RebuildReport rebuild() {
        return rebuild(false);
    }

    /**
     * Rebuilds the index from the articles on disk now and swaps it in. The previous
     * generation keeps serving until the new one is complete; if the build fails, it stays.
     * Unless {@code force}, a library that lost more than {@code assistant.index.max-shrink} of
     * the serving library's articles is refused ({@link LibraryShrinkException}).
     */
    public synchronized RebuildReport rebuild(boolean force) {
        long start = System.nanoTime();
        Library library = load();
        IndexGeneration serving = current.get();
        if (!force && serving != null) {
            checkShrink(serving.library.articles().size(), library);
        }
        IndexStore.BuiltGeneration built;
        try {
            built = buildAndSwap(library, start);
        } catch (IOException e) {
            throw new UncheckedIOException("Index rebuild failed; the previous index is still serving", e);
        }
        return new RebuildReport(library.articles().size(), built.passages(), built.embedded(), library.problems(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private IndexStore.BuiltGeneration buildAndSwap(Library library, long start) throws IOException {
        IndexStore.BuiltGeneration built = store.build(library);
        IndexGeneration opened = store.open(built.dir(), library);
        store.makeCurrent(built.dir());
        swapIn(opened);
        store.deleteOtherGenerations(built.dir());
        LOG.infof("Built index: %d articles, %d passages (%d embedded now) in %d ms", library.articles().size(),
                built.passages(), built.embedded(), (System.nanoTime() - start) / 1_000_000);
        return built;
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
        Library library = source.get();
        for (LoadProblem p : library.problems()) {
            LOG.warnf("Skipped article %s: %s", p.file(), p.reason());
        }
        return library;
    }

    /** True once an index generation is open (or the calling thread is bound to a candidate). */
    public boolean isReady() {
        return bound.get() != null || current.get() != null;
    }

    /**
     * Runs {@code work} on the calling thread with every read of this index (searches, the
     * library, readiness) answered by {@code candidate} instead of the live generation; other
     * threads are not affected. Calls nest; the previous binding is restored afterwards.
     */
    public <T> T within(CandidateIndex candidate, Supplier<T> work) {
        IndexGeneration previous = bound.get();
        bound.set(candidate.generation());
        try {
            return work.get();
        } finally {
            if (previous == null) {
                bound.remove();
            } else {
                bound.set(previous);
            }
        }
    }

    /** Why the index is not open, as one of {@link IndexReasons}' codes, or {@code null} when it is. */
    public String failure() {
        return failure;
    }

    /** The retrieval settings this index was built with. */
    public SearchSettings settings() {
        return settings;
    }

    /** Embeds questions the way the passages were embedded; null when the index is keyword-only. */
    public PassageEmbedder embedder() {
        return embedder;
    }

    /** The folder name of the generation serving ({@code gen-...}), for the console's library view. */
    public String generationName() {
        return generation().dir.getFileName().toString();
    }

    /** How many passages the generation serving holds. */
    public int passageCount() {
        return generation().passageCount;
    }

    /** The library the current index was built from. */
    public Library library() {
        return generation().library;
    }

    /** The heading words by meaning of the library the current index was built from. */
    LibraryMeanings meanings() {
        return generation().meanings;
    }

    /** Runs {@code work} against the current generation with an acquired searcher. */
    <T> T withSearcher(IndexGeneration.SearcherWork<T> work) {
        while (true) {
            IndexGeneration gen = generation();
            try {
                return gen.withSearcher(work);
            } catch (AlreadyClosedException e) {
                if (current.get() == gen || bound.get() == gen) {
                    throw e;
                }
                // A reindex swapped generations between reading the current one and using it:
                // the work is read-only, so it runs again on the new generation.
            } catch (IOException e) {
                throw damaged(gen, e);
            } catch (UncheckedIOException e) {
                throw damaged(gen, e.getCause());
            }
        }
    }

    /**
     * A query could not read {@code gen} (a damaged or missing file): stops serving it, starts a
     * rebuild from the knowledge folder, and returns the 503 to give meanwhile.
     */
    private IndexDamagedException damaged(IndexGeneration gen, IOException e) {
        if (current.compareAndSet(gen, null)) {
            failure = IndexReasons.REBUILDING_DAMAGED;
            LOG.errorf("A query met a damaged index (%s): rebuilding it from the knowledge folder",
                    e.getClass().getSimpleName());
            try {
                gen.close();
            } catch (IOException | RuntimeException closing) {
                LOG.debug("Closing the damaged generation failed", closing);
            }
            repair.request();
        }
        return new IndexDamagedException();
    }

    private IndexGeneration generation() {
        IndexGeneration candidate = bound.get();
        if (candidate != null) {
            return candidate;
        }
        IndexGeneration gen = current.get();
        if (gen == null) {
            throw new IndexNotReadyException();
        }
        return gen;
    }

    /**
     * What a rebuild did.
     *
     * @param articles articles indexed
     * @param passages passages indexed
     * @param embedded passages embedded by this rebuild (the others' vectors came from the cache)
     * @param problems article files skipped, with reasons
     * @param millis   how long it took
     */
    public record RebuildReport(int articles, int passages, int embedded, java.util.List<LoadProblem> problems,
                                long millis) {
    }
}
