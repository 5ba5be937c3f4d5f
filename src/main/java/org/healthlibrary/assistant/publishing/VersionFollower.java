package org.healthlibrary.assistant.publishing;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.healthlibrary.assistant.knowledge.KnowledgeConfig;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.LibraryRebuilt;
import org.healthlibrary.assistant.search.ReindexJobs;
import org.jboss.logging.Logger;

/**
 * Keeps this replica on the published library version. A reindex here publishes the version it
 * built ({@link LibraryRebuilt}); the first replica to start publishes the version it opened
 * when none is recorded. Every {@link PublishingConfig#pollEvery()} it reads the newest
 * published version and, when it serves another one, checks that its knowledge folder holds that
 * version and rebuilds it in the background ({@link ReindexJobs}: the current index keeps
 * serving until the new one is swapped in). When the folder holds something else, or the build
 * fails, it keeps serving the last good index and says so in {@link #status()}; a failed version
 * is tried again only when another is published.
 *
 * <p>Thread-safe: polls never overlap; the status is one volatile reference.
 */
@ApplicationScoped
public class VersionFollower {

    private static final Logger LOG = Logger.getLogger(VersionFollower.class);

    private final LibraryIndex index;
    private final ReindexJobs jobs;
    private final LibraryVersions versions;
    private final Supplier<String> folderHash;
    private volatile VersionStatus status = new VersionStatus(null, null, false, null);
    private volatile String attempted;

    public VersionFollower(LibraryIndex index, ReindexJobs jobs, LibraryVersions versions, KnowledgeConfig knowledge) {
        this.index = index;
        this.jobs = jobs;
        this.versions = versions;
        LibraryLoader loader = new LibraryLoader();
        Path folder = Path.of(knowledge.path());
        this.folderHash = () -> loader.load(folder).contentHash();
    }

    void schedule(@Observes StartupEvent event, Scheduler scheduler, PublishingConfig config) {
        scheduler.newJob("library-version-follower")
                .setInterval(Math.max(1, config.pollEvery().toSeconds()) + "s")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> poll())
                .schedule();
    }

    /** Publishes what a reindex on this replica built. */
    void onRebuilt(@Observes LibraryRebuilt rebuilt) {
        LibraryVersion newest = versions.publish(rebuilt.contentHash(), rebuilt.articles(), rebuilt.requestedBy());
        status = inStep(newest.contentHash());
    }

    /**
     * Which version this replica serves now and which was published at the last poll; behind
     * when they differ (with the last poll's reason, or "checking" until the next poll).
     */
    public VersionStatus status() {
        String serving = index.isReady() ? index.library().contentHash() : null;
        VersionStatus polled = status;
        if (polled.wanted() == null || polled.wanted().equals(serving)) {
            return new VersionStatus(serving, polled.wanted(), false, null);
        }
        String reason = polled.behind() ? polled.reason() : "checking the published version";
        return new VersionStatus(serving, polled.wanted(), true, reason);
    }

    /** One round: compare, and start a rebuild when this replica can build the published version. */
    void poll() {
        try {
            if (!index.isReady()) {
                return;
            }
            String serving = index.library().contentHash();
            Optional<LibraryVersion> published = versions.latest();
            if (published.isEmpty()) {
                status = inStep(versions.publish(serving, index.library().articles().size(), "first start").contentHash());
                return;
            }
            status = follow(serving, published.get());
        } catch (RuntimeException e) {
            LOG.warnf("Reading the published library version failed (%s); serving %s", e.getClass().getSimpleName(),
                    status.serving());
        }
    }

    private VersionStatus follow(String serving, LibraryVersion wanted) {
        String hash = wanted.contentHash();
        if (hash.equals(serving)) {
            return inStep(serving);
        }
        if (jobs.status().state() == ReindexJobs.State.RUNNING) {
            return behind(serving, hash, "a reindex is running");
        }
        if (hash.equals(attempted)) {
            return behind(serving, hash, "building the published version failed here; serving the last good one");
        }
        if (!hash.equals(folderHash.get())) {
            return behind(serving, hash, "this replica's knowledge folder holds a different version; serving the last good one");
        }
        attempted = hash;
        LOG.infof("Library version %s was published: rebuilding it here (serving %s meanwhile)", shortHash(hash), shortHash(serving));
        jobs.start("replica following version " + shortHash(hash));
        return behind(serving, hash, "building the published version");
    }

    private static VersionStatus inStep(String serving) {
        return new VersionStatus(serving, serving, false, null);
    }

    private static VersionStatus behind(String serving, String wanted, String reason) {
        return new VersionStatus(serving, wanted, true, reason);
    }

    private static String shortHash(String hash) {
        return hash == null || hash.length() <= 12 ? String.valueOf(hash) : hash.substring(0, 12);
    }
}
