package org.healthlibrary.assistant.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.healthlibrary.assistant.audit.AuditEntry;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.staff.AccountException;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffMember;
import org.healthlibrary.assistant.staff.StaffRole;
import org.hibernate.Session;
import org.healthlibrary.assistant.candidate.CandidateLibrary;
import org.junit.jupiter.api.Test;

/**
 * What every database must do, run once per database by {@link StorageH2Test} and
 * {@link StoragePostgresqlTest}: the migrations apply and match the entities (Hibernate validates
 * the schema at start), accounts and the audit log round-trip.
 */
abstract class StorageContract {

    @Inject
    Session session;
    @Inject
    ActiveSession active;
    @Inject
    StaffAccounts accounts;
    @Inject
    AuditLog audit;

    /** The database the test expects to be running on, as JDBC names it. */
    abstract String expectedProduct();

    abstract DatabaseKind expectedKind();

    @Test
    @Transactional
    void runsOnTheConfiguredDatabase() {
        assertThat(active.kind()).isEqualTo(expectedKind());
        String product = session.doReturningWork(c -> c.getMetaData().getDatabaseProductName());
        assertThat(product).isEqualTo(expectedProduct());
    }

    @Test
    @Transactional
    void everyMigrationIsApplied() {
        List<String> versions = session.createNativeQuery(
                "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null order by \"installed_rank\"", String.class)
                .getResultList();
        // contains, not containsExactly: a test database shared with other branches may hold their later migrations too
        assertThat(versions).contains("1", "2", "3", "100");
    }

    @Test
    void theFirstAdminComesFromConfiguration() {
        assertThat(accounts.find("admin")).get().extracting(StaffMember::role).isEqualTo(StaffRole.ADMIN);
        assertThat(accounts.verify("admin", "test-admin-password")).isPresent();
        assertThat(accounts.verify("admin", "wrong-password-here")).isEmpty();
    }

    @Test
    void accountsRoundTripWithHashedPasswords() {
        String name = "storage-" + expectedKind().unitName();
        accounts.create(name, "a long enough password", StaffRole.EDITOR);
        assertThat(accounts.verify(name.toUpperCase(), "a long enough password")).get()
                .extracting(StaffMember::role).isEqualTo(StaffRole.EDITOR);
        assertThatThrownBy(() -> accounts.create(name, "another long password", StaffRole.VIEWER))
                .isInstanceOf(AccountException.class).extracting("code").isEqualTo("username_taken");
        accounts.update(name, StaffRole.VIEWER, false);
        assertThat(accounts.verify(name, "a long enough password")).isEmpty();
        assertThat(accounts.find(name)).get().extracting(StaffMember::role, StaffMember::enabled)
                .containsExactly(StaffRole.VIEWER, false);
    }

    @Test
    void theLastAdminCannotBeDemoted() {
        assertThatThrownBy(() -> accounts.update("admin", StaffRole.EDITOR, true))
                .isInstanceOf(AccountException.class).extracting("code").isEqualTo("last_admin");
    }

    @Test
    void auditEntriesAreReadNewestFirst() {
        audit.record("storage-test", "test.first", "target-1", "one");
        audit.record("storage-test", "test.second", null, null);
        List<AuditEntry> newest = audit.newest(0, 2);
        assertThat(newest).extracting(e -> e.action).containsExactly("test.second", "test.first");
        assertThat(newest.get(1).target).isEqualTo("target-1");
        assertThat(newest.get(1).occurredAt).isNotNull();
    }

    @Test
    void aPublishOverrideKeepsItsWholeWrittenReasonInTheAuditLog() {
        String reason = "Überprüft mit der Hämatologie; ".repeat(70).substring(0, CandidateLibrary.MAX_REASON);
        String detail = "override of must_pass_failing, library_shrinks: " + reason;
        audit.record("storage-admin", "library.publish", "0123456789ab", detail);
        AuditEntry stored = audit.newest(0, 1).getFirst();
        assertThat(stored.action).isEqualTo("library.publish");
        assertThat(stored.target).isEqualTo("0123456789ab");
        assertThat(stored.detail).isEqualTo(detail).hasSizeLessThanOrEqualTo(2000);
    }
}
