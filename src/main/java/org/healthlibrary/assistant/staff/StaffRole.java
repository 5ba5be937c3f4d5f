package org.healthlibrary.assistant.staff;

import java.util.Locale;
import java.util.Set;

/**
 * What a member of staff may do in the console. Roles are ordered: each includes the ones
 * below it ({@code admin} can do all an {@code editor} can, who can do all a {@code viewer} can).
 */
public enum StaffRole {

    /** Tests answers and reads suites, runs, the library and reviews. */
    VIEWER,
    /** Also edits and runs suites, reviews feedback, checks candidate libraries. */
    EDITOR,
    /** Also publishes, reindexes, manages accounts and reads the audit log. */
    ADMIN;

    /** Role names as the security layer sees them ({@code viewer}, {@code editor}, {@code admin}). */
    public static final String VIEWER_NAME = "viewer";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    /** This role's name in lower case, as used in {@code @RolesAllowed}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The security roles this role grants: itself and every role below it. */
    public Set<String> grantedRoles() {
        return switch (this) {
            case VIEWER -> Set.of(VIEWER_NAME);
            case EDITOR -> Set.of(VIEWER_NAME, EDITOR_NAME);
            case ADMIN -> Set.of(VIEWER_NAME, EDITOR_NAME, ADMIN_NAME);
        };
    }

    /**
     * Reads a role name in any case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static StaffRole parse(String value) {
        if (value != null) {
            for (StaffRole role : values()) {
                if (role.roleName().equalsIgnoreCase(value.strip())) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("role must be viewer, editor or admin");
    }
}
