package org.healthlibrary.assistant.staff;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.healthlibrary.assistant.audit.AuditLog;
import org.jboss.logging.Logger;

/**
 * Creates the first admin from {@code assistant.console.initial-admin.*} on a start with no
 * accounts at all; once any account exists the settings are ignored (change passwords in the
 * console). Runs once per start, on the start-up thread.
 */
@ApplicationScoped
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class);

    private final StaffAccounts accounts;
    private final StaffConfig config;
    private final AuditLog audit;

    public InitialAdmin(StaffAccounts accounts, StaffConfig config, AuditLog audit) {
        this.accounts = accounts;
        this.config = config;
        this.audit = audit;
    }

    void onStart(@Observes StartupEvent event) {
        createIfNone();
    }

    /** Creates the configured admin when there is no account; returns whether it did. */
    public boolean createIfNone() {
        if (accounts.count() > 0) {
            return false;
        }
        String username = config.initialAdmin().username();
        if (config.initialAdmin().password().isEmpty()) {
            LOG.warn("The console has no accounts: set ASSISTANT_CONSOLE_INITIAL_ADMIN_PASSWORD (12+ characters) "
                    + "and restart to create the first admin '" + username + "'.");
            return false;
        }
        accounts.create(username, config.initialAdmin().password().get(), StaffRole.ADMIN);
        audit.record("system", "account.create-initial-admin", username, "from configuration");
        LOG.infof("Created the first console admin '%s' from configuration.", username);
        return true;
    }
}
