package org.healthlibrary.assistant.conversation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.healthlibrary.assistant.storage.ActiveSession;
import org.healthlibrary.assistant.storage.DatabaseKind;
import org.healthlibrary.assistant.storage.ReplicaLock;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Deletes expired conversation state and chat memory every
 * {@link ConversationConfig#cleanupEvery()}, on one replica at a time: on PostgreSQL the job
 * first takes a transaction-scoped advisory lock ({@code pg_try_advisory_xact_lock}) and a
 * replica that does not get it skips this round; the lock ends with the transaction, so a
 * replica that dies mid-job never holds it. On the embedded H2 (one machine) it just runs.
 * Thread-safe: the scheduler never runs it concurrently with itself on one replica.
 */
@ApplicationScoped
public class ExpiredRowsCleanup {

    /** The advisory lock key of this job (any constant the service uses for nothing else). */
    static final long LOCK_KEY = 17_001L;

    private static final Logger LOG = Logger.getLogger(ExpiredRowsCleanup.class);

    private final Session session;
    private final DatabaseKind kind;
    private final ExpiringRows state;
    private final ExpiringRows memory;

    public ExpiredRowsCleanup(Session session, ActiveSession active) {
        this.session = session;
        this.kind = active.kind();
        this.state = new ExpiringRows(session, kind, ExpiringRows.Table.CONVERSATION_STATE, Clock.systemUTC());
        this.memory = new ExpiringRows(session, kind, ExpiringRows.Table.CONVERSATION_MEMORY, Clock.systemUTC());
    }

    void schedule(@Observes StartupEvent event, Scheduler scheduler, ConversationConfig config) {
        scheduler.newJob("conversation-cleanup")
                .setInterval(config.cleanupEvery().toSeconds() + "s")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> run())
                .schedule();
    }

    /**
     * One round: returns the rows deleted, or -1 when another replica holds the lock.
     * Failures are logged (the next round tries again), never thrown into the scheduler.
     */
    public int run() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!ReplicaLock.tryTake(session, kind, LOCK_KEY)) {
                    return -1;
                }
                int deleted = state.deleteExpired() + memory.deleteExpired();
                if (deleted > 0) {
                    LOG.debugf("Deleted %d expired conversation rows", deleted);
                }
                return deleted;
            });
        } catch (RuntimeException e) {
            LOG.warnf("Deleting expired conversations failed (%s); the next round tries again", e.getClass().getSimpleName());
            return 0;
        }
    }
}
