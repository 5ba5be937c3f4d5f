package org.healthlibrary.assistant.staff;

import java.time.Instant;

/**
 * A read-only view of an account, without its password hash.
 *
 * @param username  the sign-in name
 * @param role      what the account may do
 * @param enabled   whether it may sign in
 * @param createdAt when it was created
 */
public record StaffMember(String username, StaffRole role, boolean enabled, Instant createdAt) {

    static StaffMember of(StaffAccount account) {
        return new StaffMember(account.username, account.role, account.enabled, account.createdAt);
    }
}
