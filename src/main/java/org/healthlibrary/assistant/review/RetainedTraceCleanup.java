package org.healthlibrary.assistant.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.healthlibrary.assistant.storage.ActiveSession;
import org.healthlibrary.assistant.storage.DatabaseKind;
import org.healthlibrary.assistant.storage.ReplicaLock;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Deletes retained traces older than {@link ReviewConfig#traceRetention()} every
 * {@link ReviewConfig#traceCleanupEvery()}, on one replica at a time: on PostgreSQL the job first
 * takes a transaction-scoped advisory lock ({@code pg_try_advisory_xact_lock}, its own key) and a
 * replica that does not get it skips the round; the lock ends with the transaction. On the
 * embedded H2 (one machine) it just runs. Thread-safe: the scheduler never runs it concurrently
 * with itself on one replica.
 */
@ApplicationScoped
public class RetainedTraceCleanup {

    /** The advisory lock key of this job (conversation cleanup uses 17001). */
    static final long LOCK_KEY = 14_007L;

    private static final Logger LOG = Logger.getLogger(RetainedTraceCleanup.class);

    private final Session session;
    private final DatabaseKind kind;
    private final RetainedTraces traces;

    public RetainedTraceCleanup(Session session, ActiveSession active, RetainedTraces traces) {
        this.session = session;
        this.kind = active.kind();
        this.traces = traces;
    }

    void schedule(@Observes StartupEvent event, Scheduler scheduler, ReviewConfig config) {
        scheduler.newJob("retained-trace-cleanup")
                .setInterval(config.traceCleanupEvery().toSeconds() + "s")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> run())
                .schedule();
    }

    /**
     * One round: returns the traces deleted, or -1 when another replica holds the lock.
     * Failures are logged (the next round tries again), never thrown into the scheduler.
     */
    public int run() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!ReplicaLock.tryTake(session, kind, LOCK_KEY)) {
                    return -1;
                }
                int deleted = traces.deleteExpired();
                if (deleted > 0) {
                    LOG.debugf("Deleted %d retained traces past their retention", deleted);
                }
                return deleted;
            });
        } catch (RuntimeException e) {
            LOG.warnf("Deleting old traces failed (%s); the next round tries again", e.getClass().getSimpleName());
            return 0;
        }
    }
}
