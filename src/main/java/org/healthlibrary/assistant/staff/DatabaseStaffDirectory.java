package org.healthlibrary.assistant.staff;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.healthlibrary.assistant.audit.AuditLog;

/**
 * The default {@link StaffDirectory}: accounts in the console database. Every sign-in, refused
 * or not, is written to the audit log (the typed user name as the target, never the password);
 * failures count towards {@link SignInThrottle}. Thread-safe.
 */
@ApplicationScoped
public class DatabaseStaffDirectory implements StaffDirectory {

    private final StaffAccounts accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    public DatabaseStaffDirectory(StaffAccounts accounts, SignInThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Optional<StaffMember> signIn(String username, String password, String client) {
        if (!throttle.allows(username, client)) {
            audit.record("anonymous", "sign-in.throttled", username, "too many failed sign-ins");
            return Optional.empty();
        }
        Optional<StaffMember> member = accounts.verify(username, password);
        if (member.isEmpty()) {
            throttle.failed(username, client);
            audit.record("anonymous", "sign-in.failed", username, null);
            return Optional.empty();
        }
        throttle.succeeded(username);
        audit.record(member.get().username(), "sign-in", member.get().username(), member.get().role().roleName());
        return member;
    }

    @Override
    public Optional<StaffMember> member(String username) {
        return accounts.find(username).filter(StaffMember::enabled);
    }
}
