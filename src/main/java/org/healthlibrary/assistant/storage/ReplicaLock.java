package org.healthlibrary.assistant.storage;

import org.hibernate.Session;

/**
 * The lock that lets a scheduled database job run on one replica at a time: a PostgreSQL
 * transaction-scoped advisory lock ({@code pg_try_advisory_xact_lock}), released when the
 * caller's transaction ends. The embedded H2 database serves one process, so there it is
 * always taken. Stateless.
 */
public final class ReplicaLock {

    private ReplicaLock() {
    }

    /** True when this replica may run the job keyed {@code key} in the current transaction. */
    public static boolean tryTake(Session session, DatabaseKind kind, long key) {
        if (kind != DatabaseKind.POSTGRESQL) {
            return true;
        }
        return session.createNativeQuery("select pg_try_advisory_xact_lock(:key)", Boolean.class)
                .setParameter("key", key)
                .getSingleResult();
    }
}
