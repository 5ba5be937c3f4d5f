package org.healthlibrary.assistant.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.healthlibrary.assistant.knowledge.LoadProblem;
import org.jboss.logging.Logger;

/**
 * Runs library reindexes in the background, one at a time, while the current index keeps
 * serving. A request while one is running joins it rather than queueing another. The status
 * of the latest reindex is kept for the admin endpoint; a successful one fires
 * {@link LibraryRebuilt}. Thread-safe.
 */
@ApplicationScoped
public class ReindexJobs {

    private static final Logger LOG = Logger.getLogger(ReindexJobs.class);

    private final LibraryIndex index;
    private final Event<LibraryRebuilt> rebuilt;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "library-reindex");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Status> latest = new AtomicReference<>(Status.NONE);

    public ReindexJobs(LibraryIndex index, Event<LibraryRebuilt> rebuilt) {
        this.index = index;
        this.rebuilt = rebuilt;
    }

    /** {@link #start(boolean, String)} without force, on behalf of no one in particular. */
    public Status start() {
        return start(false, "unnamed");
    }

    /** {@link #start(boolean, String)} without force. */
    public Status start(String requestedBy) {
        return start(false, requestedBy);
    }

    /**
     * Starts a reindex unless one is running, on behalf of {@code requestedBy} (a person or a
     * component, recorded with the library version); returns the status of the running one.
     * With {@code force}, a library much smaller than the serving one is built anyway.
     */
    public synchronized Status start(boolean force, String requestedBy) {
        Status current = latest.get();
        if (current.state() == State.RUNNING) {
            return current;
        }
        Status running = new Status(State.RUNNING, Instant.now(), null, 0, 0, List.of(), null);
        latest.set(running);
        executor.execute(() -> run(running, force, requestedBy));
        return running;
    }

    /** The latest reindex's status. */
    public Status status() {
        return latest.get();
    }

    private void run(Status running, boolean force, String requestedBy) {
        try {
            LibraryIndex.RebuildReport r = index.rebuild(force);
            try {
                rebuilt.fire(new LibraryRebuilt(index.library().contentHash(), r.articles(), requestedBy));
            } catch (RuntimeException e) {
                LOG.warnf("A listener of the reindex failed (%s); the new index serves", e.getClass().getSimpleName());
            }
            latest.set(new Status(State.SUCCEEDED, running.started(), Instant.now(), r.articles(), r.passages(),
                    r.problems(), null));
        } catch (LibraryShrinkException e) {
            LOG.errorf("Reindex refused: %s", e.getMessage());
            latest.set(new Status(State.REFUSED, running.started(), Instant.now(), 0, 0, List.of(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf("Reindex failed (%s); the previous index keeps serving", e.getClass().getSimpleName());
            latest.set(new Status(State.FAILED, running.started(), Instant.now(), 0, 0, List.of(),
                    "The reindex failed and the previous index keeps serving: " + e.getMessage()));
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Where a reindex is. */
    public enum State { NONE, RUNNING, SUCCEEDED, FAILED, REFUSED }

    /**
     * A reindex's status.
     *
     * @param state    where it is
     * @param started  when it started (null for NONE)
     * @param finished when it ended (null while running)
     * @param articles articles indexed
     * @param passages passages indexed
     * @param skipped  article files skipped, with reasons
     * @param error    why it failed, or null
     */
    public record Status(State state, Instant started, Instant finished, int articles, int passages,
                         List<LoadProblem> skipped, String error) {
        static final Status NONE = new Status(State.NONE, null, null, 0, 0, List.of(), null);
    }
}
