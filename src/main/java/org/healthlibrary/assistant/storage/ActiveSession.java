package org.healthlibrary.assistant.storage;

import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.hibernate.Session;

/**
 * Produces the Hibernate {@link Session} of the active persistence unit, so stores inject a
 * plain {@code Session} and never know which database is behind it. The session is Quarkus's
 * transaction-scoped proxy: safe to keep in application-scoped beans; use it inside
 * {@code @Transactional} methods.
 */
@ApplicationScoped
public class ActiveSession {

    private final InjectableInstance<Session> h2;
    private final InjectableInstance<Session> postgresql;
    private final DatabaseKind kind;

    @Inject
    public ActiveSession(@PersistenceUnit("h2") InjectableInstance<Session> h2,
                         @PersistenceUnit("postgresql") InjectableInstance<Session> postgresql,
                         DatabaseConfig config) {
        this.h2 = h2;
        this.postgresql = postgresql;
        this.kind = DatabaseKind.parse(config.kind());
    }

    /** The database in use. */
    public DatabaseKind kind() {
        return kind;
    }

    @Produces
    @ApplicationScoped
    Session session() {
        return kind == DatabaseKind.POSTGRESQL ? postgresql.get() : h2.get();
    }
}
