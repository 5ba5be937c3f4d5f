package org.healthlibrary.assistant.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the rebuild that repairs a damaged index, in the background, at most one at a time:
 * requests while one is queued or running are folded into it. The service meanwhile answers
 * what needs no library (emergencies, lab values) and says 503 to library questions.
 * Thread-safe.
 */
final class IndexRepair implements AutoCloseable {

    private final Runnable rebuild;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "library-index-repair");
        t.setDaemon(true);
        return t;
    });

    IndexRepair(Runnable rebuild) {
        this.rebuild = rebuild;
    }

    /** Starts a repair unless one is already waiting to start. */
    void request() {
        if (pending.compareAndSet(false, true)) {
            executor.execute(() -> {
                pending.set(false);
                rebuild.run();
            });
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
