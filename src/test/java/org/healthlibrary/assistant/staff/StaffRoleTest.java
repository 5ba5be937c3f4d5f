package org.healthlibrary.assistant.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaffRoleTest {

    @Test
    void eachRoleGrantsItselfAndTheRolesBelow() {
        assertThat(StaffRole.VIEWER.grantedRoles()).containsExactlyInAnyOrder("viewer");
        assertThat(StaffRole.EDITOR.grantedRoles()).containsExactlyInAnyOrder("viewer", "editor");
        assertThat(StaffRole.ADMIN.grantedRoles()).containsExactlyInAnyOrder("viewer", "editor", "admin");
    }

    @Test
    void namesAreReadInAnyCase() {
        assertThat(StaffRole.parse(" Editor")).isEqualTo(StaffRole.EDITOR);
        assertThatThrownBy(() -> StaffRole.parse("root")).hasMessage("role must be viewer, editor or admin");
        assertThatThrownBy(() -> StaffRole.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
