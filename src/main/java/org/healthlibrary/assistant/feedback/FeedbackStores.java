package org.healthlibrary.assistant.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Produces the one {@link FeedbackStore}, chosen at start-up by {@code assistant.feedback.store}:
 * the console's database (default; whichever {@code assistant.db.kind} selects) or memory.
 * Stateless.
 */
@ApplicationScoped
public class FeedbackStores {

    private static final Logger LOG = Logger.getLogger(FeedbackStores.class);

    @Produces
    @ApplicationScoped
    FeedbackStore store(FeedbackConfig config, Session session) {
        LOG.infof("Patient feedback is kept in %s", config.store() == FeedbackConfig.StoreKind.DATABASE
                ? "the database" : "memory (this process only)");
        return config.store() == FeedbackConfig.StoreKind.DATABASE
                ? new DatabaseFeedbackStore(session) : new InMemoryFeedbackStore(config.capacity());
    }
}
