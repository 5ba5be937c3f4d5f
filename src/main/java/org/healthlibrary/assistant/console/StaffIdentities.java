package org.healthlibrary.assistant.console;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.healthlibrary.assistant.staff.StaffMember;

/** Builds the request's security identity from a staff member: the user name and the roles their role grants. */
final class StaffIdentities {

    private StaffIdentities() {
    }

    static SecurityIdentity of(StaffMember member) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(member.username()))
                .addRoles(member.role().grantedRoles())
                .build();
    }
}
