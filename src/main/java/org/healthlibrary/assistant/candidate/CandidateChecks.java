package org.healthlibrary.assistant.candidate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.search.CandidateIndex;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.jboss.logging.Logger;

/**
 * The candidate's background work, on one thread: index the candidate folder
 * ({@link CandidateIndex}), then compare it with the live library over every suite
 * ({@link SideBySide}), reporting each step to {@link CandidateLibrary}, which drops the reports of
 * work a newer change superseded. Owns the open candidate index.
 *
 * <p>Thread-safe: every task runs on the one worker thread, which alone touches the open index.
 */
final class CandidateChecks {

    private static final Logger LOG = Logger.getLogger(CandidateChecks.class);

    /** Where the work reports to. */
    interface Reports {
        /** Sets the status when {@code version} is still the newest change. */
        void update(long version, CandidateStatus next);

        /** The status now. */
        CandidateStatus current();

        /** True while {@code version} is the newest change. */
        boolean isNewest(long version);
    }

    private final CandidateFolder folder;
    private final LibraryIndex index;
    private final SideBySide sideBySide;
    private final Path liveIndex;
    private final Path candidateIndex;
    private final double maxShrink;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "candidate-library");
        t.setDaemon(true);
        return t;
    });
    private CandidateIndex built; // only touched on the worker thread

    CandidateChecks(CandidateFolder folder, LibraryIndex index, SideBySide sideBySide, Path liveIndex, Path candidateIndex,
                    double maxShrink) {
        this.folder = folder;
        this.index = index;
        this.sideBySide = sideBySide;
        this.liveIndex = liveIndex;
        this.candidateIndex = candidateIndex;
        this.maxShrink = maxShrink;
    }

    /** Queues indexing and checking the candidate as change {@code version} made by {@code actor}. */
    void check(long version, String actor, Reports reports) {
        worker.execute(() -> buildAndCheck(version, actor, reports));
    }

    /** Queues closing the candidate index and deleting its folder (after any queued work). */
    void clear() {
        worker.execute(() -> {
            closeBuilt();
            CandidateFolder.delete(candidateIndex);
        });
    }

    void stop() {
        worker.shutdownNow();
    }

    private void buildAndCheck(long v, String actor, Reports reports) {
        if (!reports.isNewest(v)) {
            return;
        }
        try {
            Library library = folder.load();
            Library live = index.library();
            CandidateIndex next = CandidateIndex.openOrBuild(index, liveIndex, library, candidateIndex);
            closeBuilt();
            built = next;
            List<String> edits = LibraryEdits.between(live, library);
            reports.update(v, new CandidateStatus(CandidateStatus.State.CHECKING,
                    "Running every suite on the live and the candidate library.", library.contentHash(),
                    library.articles().size(), edits, CandidateLibrary.now(), actor, null, List.of(),
                    reports.current().lastPublished()));
            if (!reports.isNewest(v)) {
                return;
            }
            long start = System.nanoTime();
            Comparison comparison = sideBySide.compare(next);
            LOG.infof("Checked the candidate library: %d cases of %d suites on each library in %d ms; %d changed",
                    comparison.cases(), comparison.suites(), (System.nanoTime() - start) / 1_000_000,
                    comparison.changed().size());
            List<PublishGuard.Refusal> refusals = PublishGuard.refusals(comparison, live.articles().size(),
                    library.articles().size(), maxShrink);
            reports.update(v, new CandidateStatus(CandidateStatus.State.READY, comparison.changed().size() + " case(s) changed.",
                    library.contentHash(), library.articles().size(), edits, CandidateLibrary.now(), actor, comparison,
                    refusals, reports.current().lastPublished()));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Checking the candidate library failed (%s)", e.getClass().getSimpleName());
            reports.update(v, reports.current().with(CandidateStatus.State.FAILED, "Indexing or checking the candidate failed ("
                    + e.getClass().getSimpleName() + "). Check again, or edit and save again."));
        }
    }

    private void closeBuilt() {
        if (built != null) {
            try {
                built.close();
            } catch (IOException e) {
                LOG.debugf("Closing the candidate index failed (%s)", e.getClass().getSimpleName());
            }
            built = null;
        }
    }
}
