package org.healthlibrary.assistant.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.evaluation.RunReport;
import org.healthlibrary.assistant.evaluation.SuiteRunner;
import org.healthlibrary.assistant.evaluation.SuiteSpec;
import org.healthlibrary.assistant.evaluation.SuiteSummary;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.staff.StaffAccounts;
import org.healthlibrary.assistant.staff.StaffMember;
import org.healthlibrary.assistant.staff.StaffRole;

/**
 * The console's pages (server-rendered Qute templates under {@code templates/ConsolePages/}):
 * home, library, suites, a suite with its latest run, accounts and the audit log. Each page is
 * only what its role may see; forms post JSON to the console API through {@code console.js}.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(SignedIn me, LibraryOverview.View library, List<SuiteSummary> suites);

        static native TemplateInstance library(SignedIn me, LibraryOverview.View library);

        static native TemplateInstance suites(SignedIn me, List<SuiteSummary> suites);

        static native TemplateInstance suite(SignedIn me, SuiteSummary suite, SuiteSpec spec, String specJson,
                                             Optional<RunReport> run);

        static native TemplateInstance accounts(SignedIn me, List<StaffMember> accounts, List<String> roles);

        static native TemplateInstance audit(SignedIn me, List<AuditApi.Entry> entries);
    }

    private final SecurityIdentity identity;
    private final LibraryOverview library;
    private final Suites suites;
    private final SuiteRunner runner;
    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public ConsolePages(SecurityIdentity identity, LibraryOverview library, Suites suites, SuiteRunner runner,
                        StaffAccounts accounts, AuditLog audit, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.identity = identity;
        this.library = library;
        this.suites = suites;
        this.runner = runner;
        this.accounts = accounts;
        this.audit = audit;
        this.json = json;
    }

    @GET
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public String home() {
        return Templates.home(me(), library.view(), suites.list()).render();
    }

    @GET
    @Path("/library")
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public String library() {
        return Templates.library(me(), library.view()).render();
    }

    @GET
    @Path("/suites")
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public String suites() {
        return Templates.suites(me(), suites.list()).render();
    }

    @GET
    @Path("/suites/{id}")
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public String suite(@PathParam("id") String id) throws com.fasterxml.jackson.core.JsonProcessingException {
        long suiteId = SuitesApi.id(id);
        SuiteSpec spec = suites.get(suiteId);
        return Templates.suite(me(), suites.summary(suiteId), spec,
                json.writerWithDefaultPrettyPrinter().writeValueAsString(spec), runner.latest(suiteId)).render();
    }

    @GET
    @Path("/accounts")
    @RolesAllowed(StaffRole.ADMIN_NAME)
    public String accounts() {
        return Templates.accounts(me(), accounts.list(),
                List.of(StaffRole.VIEWER_NAME, StaffRole.EDITOR_NAME, StaffRole.ADMIN_NAME)).render();
    }

    @GET
    @Path("/audit")
    @RolesAllowed(StaffRole.ADMIN_NAME)
    public String audit() {
        return Templates.audit(me(), audit.newest(0, 200).stream()
                .map(e -> new AuditApi.Entry(e.occurredAt, e.actor, e.action, e.target, e.detail)).toList()).render();
    }

    private SignedIn me() {
        return SignedIn.of(identity);
    }
}
