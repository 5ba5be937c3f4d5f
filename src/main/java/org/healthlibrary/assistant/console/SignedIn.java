package org.healthlibrary.assistant.console;

import io.quarkus.security.identity.SecurityIdentity;
import org.healthlibrary.assistant.staff.StaffRole;

/**
 * Who is signed in, as pages and the audit log need it: the user name and what the role allows.
 *
 * @param username the signed-in user name
 * @param editor   may edit and run suites
 * @param admin    may manage accounts, read the audit log and reindex
 */
public record SignedIn(String username, boolean editor, boolean admin) {

    static SignedIn of(SecurityIdentity identity) {
        return new SignedIn(identity.getPrincipal().getName(),
                identity.hasRole(StaffRole.EDITOR_NAME), identity.hasRole(StaffRole.ADMIN_NAME));
    }

    /** The role's name for display. */
    public String role() {
        return admin ? StaffRole.ADMIN_NAME : editor ? StaffRole.EDITOR_NAME : StaffRole.VIEWER_NAME;
    }
}
