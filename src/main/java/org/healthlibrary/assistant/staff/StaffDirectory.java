package org.healthlibrary.assistant.staff;

import java.util.Optional;

/**
 * Where the console learns who a person is and what role they have: the identity seam. The
 * shipped implementation is {@link DatabaseStaffDirectory} (accounts in the database, bcrypt
 * passwords, throttled). An OpenID Connect provider would be added beside it by configuration
 * (its own Quarkus authentication mechanism mapping token groups to the role names of
 * {@link StaffRole}); the console itself only reads roles from the request's security identity.
 * Implementations are thread-safe.
 */
public interface StaffDirectory {

    /**
     * Checks a user name and password typed on the sign-in page.
     *
     * @param client the client's address, for throttling (never stored with patient text)
     * @return the member, or empty when the sign-in is refused (wrong, disabled or throttled)
     */
    Optional<StaffMember> signIn(String username, String password, String client);

    /** The enabled member with this user name, as they are now (role changes apply at once). */
    Optional<StaffMember> member(String username);
}
