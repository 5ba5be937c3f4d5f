package org.healthlibrary.assistant.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes and reads the audit log. Each {@link #record} is its own transaction
 * ({@code REQUIRES_NEW}), so an action that fails later is still logged as attempted, and a
 * failed sign-in is logged although nothing else is written. Thread-safe (stateless apart from
 * the injected session proxy).
 */
@ApplicationScoped
public class AuditLog {

    /** Longest target and detail kept; longer values are cut (they are written by the console, not patients). */
    static final int MAX_TARGET = 200;
    static final int MAX_DETAIL = 2000;

    private final Session session;
    private final Clock clock;

    public AuditLog(Session session) {
        this.session = session;
        this.clock = Clock.systemUTC();
    }

    /**
     * Records that {@code actor} did {@code action} to {@code target}.
     *
     * @param actor  the user name ({@code anonymous} when nobody is signed in)
     * @param action a stable code such as {@code account.create} or {@code suite.run}
     * @param target what the action was done to (a user name, a suite name), or null
     * @param detail a short description written by the console, or null; never patient text
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String action, String target, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now(clock);
        entry.actor = cut(actor, 64);
        entry.action = cut(action, 64);
        entry.target = cut(target, MAX_TARGET);
        entry.detail = cut(detail, MAX_DETAIL);
        session.persist(entry);
    }

    /** The newest entries first, at most {@code limit} of them, starting after {@code offset}. */
    @Transactional
    public List<AuditEntry> newest(int offset, int limit) {
        return session.createSelectionQuery("from AuditEntry order by occurredAt desc, id desc", AuditEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many entries the log holds. */
    @Transactional
    public long count() {
        return session.createSelectionQuery("select count(*) from AuditEntry", Long.class).getSingleResult();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
