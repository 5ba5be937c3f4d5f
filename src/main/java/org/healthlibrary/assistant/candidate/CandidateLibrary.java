package org.healthlibrary.assistant.candidate;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.knowledge.KnowledgeConfig;
import org.healthlibrary.assistant.search.IndexConfig;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.LibraryRebuilt;
import org.healthlibrary.assistant.search.ReindexJobs;
import org.jboss.logging.Logger;

/**
 * The candidate library: every change an editor makes in the console (an article written or
 * removed, a file imported) goes to the {@link CandidateFolder}, and then, in the background on
 * one thread ({@link CandidateChecks}), the candidate is indexed in a folder of its own (never
 * served) and every suite runs on the live and the candidate library ({@link SideBySide}). A
 * change made meanwhile supersedes the running work. Publishing writes the candidate into the
 * knowledge folder and starts the reindex ({@link ReindexJobs}) that swaps it in and records
 * the new library version for the other replicas, exactly as an admin's reindex does; when that
 * reindex has swapped the candidate in, the candidate is cleared. Every change is audited.
 *
 * <p>Thread-safe: changes are serialised on this object; building and checking run on one
 * background thread; the status is one volatile reference, and a report of superseded work is dropped.
 */
@ApplicationScoped
public class CandidateLibrary {

    private static final Logger LOG = Logger.getLogger(CandidateLibrary.class);
    /** Longest written reason: with the refusal codes it still fits the audit log's detail whole. */
    public static final int MAX_REASON = 1900;

    private final CandidateFolder folder;
    private final LibraryIndex index;
    private final ReindexJobs reindex;
    private final AuditLog audit;
    private final Path knowledge;
    private final int minReason;
    private final AtomicLong version = new AtomicLong();
    private final CandidateChecks checks;
    private final CandidateChecks.Reports reports = new CandidateChecks.Reports() {
        @Override
        public void update(long v, CandidateStatus next) {
            CandidateLibrary.this.update(v, next);
        }

        @Override
        public CandidateStatus current() {
            return status;
        }

        @Override
        public boolean isNewest(long v) {
            return version.get() == v;
        }
    };
    private volatile CandidateStatus status = CandidateStatus.none(null);

    @Inject
    public CandidateLibrary(CandidateConfig config, KnowledgeConfig knowledgeConfig, IndexConfig indexConfig,
                            LibraryIndex index, SideBySide sideBySide, ReindexJobs reindex, AuditLog audit) {
        this.knowledge = Path.of(knowledgeConfig.path());
        this.folder = new CandidateFolder(knowledge, Path.of(config.path()).resolve("knowledge"));
        this.index = index;
        this.reindex = reindex;
        this.audit = audit;
        this.minReason = config.minReasonLength();
        this.checks = new CandidateChecks(folder, index, sideBySide, Path.of(indexConfig.path()),
                Path.of(config.path()).resolve("index"), indexConfig.maxShrink());
    }

    void onStart(@Observes StartupEvent event) {
        if (folder.exists()) {
            schedule("system", "checking the candidate left from before the restart");
        }
    }

    @PreDestroy
    void stop() {
        checks.stop();
    }

    /** The candidate's state now. */
    public CandidateStatus status() {
        CandidateStatus s = status;
        if (s.state() == CandidateStatus.State.PUBLISHING) {
            ReindexJobs.Status job = reindex.status();
            boolean ended = job.state() == ReindexJobs.State.FAILED || job.state() == ReindexJobs.State.REFUSED;
            if (ended && job.started() != null && !job.started().isBefore(s.updatedAt().minusSeconds(1))) {
                return s.with(CandidateStatus.State.FAILED, "Publishing failed: the reindex ended " + job.state()
                        + ". The knowledge folder holds the candidate; reindex from the library page once it is fixed.");
            }
        }
        return s;
    }

    /** The Markdown of article {@code id} as the candidate has it (the live one before any change). */
    public java.util.Optional<String> source(String id) {
        return folder.source(id);
    }

    /** The fewest characters of a written reason that overrides a refusal. */
    public int minReasonLength() {
        return minReason;
    }

    /** Writes article {@code id} into the candidate and checks the candidate again. */
    public synchronized void saveArticle(String id, String markdown, String actor) {
        requireChangeable();
        boolean existed = folder.source(id).isPresent();
        folder.writeArticle(id, markdown);
        audit.record(actor, existed ? "candidate.edit" : "candidate.add", id, null);
        schedule(actor, "article " + id + " saved");
    }

    /** Removes article {@code id} from the candidate and checks it again. */
    public synchronized void deleteArticle(String id, String actor) {
        requireChangeable();
        if (folder.source(id).isEmpty()) {
            throw new CandidateException(404, "no_such_article", "There is no article with that id.");
        }
        folder.deleteArticle(id);
        audit.record(actor, "candidate.remove", id, null);
        schedule(actor, "article " + id + " removed");
    }

    /** Adds an uploaded file to the candidate and checks it again; returns the file written. */
    public synchronized String importFile(String fileName, String content, String actor) {
        requireChangeable();
        String written = folder.importFile(fileName, content);
        audit.record(actor, "candidate.import", written, content.length() + " characters");
        schedule(actor, "file " + written + " imported");
        return written;
    }

    /** Runs the side-by-side check again (after suites changed, say). */
    public synchronized void recheck(String actor) {
        requireCandidate();
        requireChangeable();
        audit.record(actor, "candidate.check", status.contentHash(), null);
        schedule(actor, "checked again");
    }

    /** Drops the candidate; the live library is untouched. */
    public synchronized void discard(String actor) {
        requireCandidate();
        requireChangeable();
        audit.record(actor, "candidate.discard", status.contentHash(), null);
        clear(status.lastPublished());
    }

    /**
     * Publishes the checked candidate: refused (409) while it is not checked, a reindex runs, or
     * the live library changed since the check; refused while a {@link PublishGuard} refusal
     * holds unless {@code reason} has at least {@link #minReasonLength()} characters. Refusals and
     * overrides are audited with their codes and the reason.
     */
    public synchronized CandidateStatus publish(String actor, String reason) {
        requireCandidate();
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw CandidateException.invalid("reason_too_long", "A reason may have at most " + MAX_REASON + " characters.");
        }
        CandidateStatus s = status;
        if (s.state() != CandidateStatus.State.READY) {
            throw CandidateException.conflict("candidate_not_checked",
                    "The candidate is " + s.state().name().toLowerCase(java.util.Locale.ROOT) + ": publish once its check is finished.");
        }
        if (reindex.status().state() == ReindexJobs.State.RUNNING) {
            throw CandidateException.conflict("reindex_running", "A reindex is running: publish when it has finished.");
        }
        if (!s.comparison().liveHash().equals(index.library().contentHash())) {
            throw CandidateException.conflict("check_outdated", "The live library changed since the check: check the candidate again.");
        }
        List<PublishGuard.Refusal> refusals = s.refusals();
        String codes = String.join(", ", refusals.stream().map(PublishGuard.Refusal::code).toList());
        if (!refusals.isEmpty() && why.length() < minReason) {
            audit.record(actor, "library.publish-refused", shortHash(s.contentHash()), codes);
            throw CandidateException.conflict(refusals.getFirst().code(), String.join(" ", refusals.stream()
                    .map(PublishGuard.Refusal::message).toList()) + " To publish anyway, give a written reason of at least "
                    + minReason + " characters.");
        }
        boolean shrinks = refusals.stream().anyMatch(r -> r.code().equals("library_shrinks"));
        folder.publishTo(knowledge);
        reindex.start(shrinks, "console: " + actor);
        String detail = refusals.isEmpty() ? (why.isEmpty() ? "checked, no refusal" : "checked, no refusal: " + why)
                : "override of " + codes + ": " + why;
        audit.record(actor, "library.publish", shortHash(s.contentHash()), detail);
        CandidateStatus.Published published = new CandidateStatus.Published(s.contentHash(), actor, now(),
                refusals.isEmpty() ? null : why);
        status = new CandidateStatus(CandidateStatus.State.PUBLISHING, "Swapping the candidate in (reindex running).",
                s.contentHash(), s.articles(), s.edits(), now(), actor, s.comparison(), refusals, published);
        return status;
    }

    /** Clears the candidate once the reindex that publishes it has swapped it in. */
    void onRebuilt(@Observes LibraryRebuilt rebuilt) {
        synchronized (this) {
            CandidateStatus s = status;
            if (s.state() == CandidateStatus.State.PUBLISHING && rebuilt.contentHash().equals(s.contentHash())) {
                LOG.infof("Candidate library %s published by %s", shortHash(s.contentHash()), s.updatedBy());
                clear(s.lastPublished());
            }
        }
    }

    private void clear(CandidateStatus.Published last) {
        version.incrementAndGet();
        folder.discard();
        status = CandidateStatus.none(last);
        checks.clear();
    }

    private void requireCandidate() {
        if (!folder.exists()) {
            throw new CandidateException(404, "no_candidate", "There is no candidate library: edit or import an article first.");
        }
    }

    private void requireChangeable() {
        if (status.state() == CandidateStatus.State.PUBLISHING && status().state() == CandidateStatus.State.PUBLISHING) {
            throw CandidateException.conflict("publishing", "The candidate is being published: wait until it is live.");
        }
    }

    private void schedule(String actor, String what) {
        long v = version.incrementAndGet();
        CandidateStatus s = status;
        status = new CandidateStatus(CandidateStatus.State.BUILDING, "Indexing the candidate (" + what + ").",
                s.contentHash(), s.articles(), s.edits(), now(), actor, null, List.of(), s.lastPublished());
        checks.check(v, actor, reports);
    }

    private synchronized void update(long v, CandidateStatus next) {
        if (version.get() == v) {
            status = next;
        }
    }

    /** Now, to the second: what the console shows. */
    static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String shortHash(String hash) {
        return hash == null || hash.length() <= 12 ? String.valueOf(hash) : hash.substring(0, 12);
    }
}
