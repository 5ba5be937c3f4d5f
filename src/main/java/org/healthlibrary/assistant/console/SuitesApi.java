package org.healthlibrary.assistant.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.evaluation.RunReport;
import org.healthlibrary.assistant.evaluation.SuiteRunner;
import org.healthlibrary.assistant.evaluation.SuiteSpec;
import org.healthlibrary.assistant.evaluation.SuiteSummary;
import org.healthlibrary.assistant.evaluation.Suites;
import org.healthlibrary.assistant.http.ApiException;
import org.healthlibrary.assistant.staff.StaffRole;

/**
 * {@code /console/api/suites}: read suites and runs (any role); create, replace, delete, import
 * and run them (editor and admin, audited by suite name, never by case text). YAML export and
 * import use {@code application/yaml}.
 */
@Path("/console/api/suites")
@Produces(MediaType.APPLICATION_JSON)
public class SuitesApi {

    /** The YAML media type of export and import. */
    public static final String YAML = "application/yaml";

    private final Suites suites;
    private final SuiteRunner runner;
    private final AuditLog audit;
    private final SecurityIdentity identity;

    public SuitesApi(Suites suites, SuiteRunner runner, AuditLog audit, SecurityIdentity identity) {
        this.suites = suites;
        this.runner = runner;
        this.audit = audit;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public List<SuiteSummary> list() {
        return suites.list();
    }

    @POST
    @RolesAllowed(StaffRole.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SuiteSpec spec) {
        long id = suites.create(spec, false);
        audit.record(actor(), "suite.create", spec.name(), spec.cases().size() + " cases");
        return Response.status(201).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public SuiteSpec get(@PathParam("id") String id) {
        return suites.get(id(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public SuiteSpec replace(@PathParam("id") String id, SuiteSpec spec) {
        suites.replace(id(id), spec);
        audit.record(actor(), "suite.update", spec.name(), spec.cases().size() + " cases");
        return suites.get(id(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    public Response delete(@PathParam("id") String id) {
        String name = suites.summary(id(id)).name();
        suites.delete(id(id));
        audit.record(actor(), "suite.delete", name, null);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/yaml")
    @RolesAllowed(StaffRole.VIEWER_NAME)
    @Produces(YAML)
    public Response exportYaml(@PathParam("id") String id) {
        String name = suites.summary(id(id)).name();
        String file = name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".yaml";
        return Response.ok(suites.exportYaml(id(id)), YAML)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @POST
    @Path("/import")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    @Consumes({YAML, "text/yaml", MediaType.TEXT_PLAIN})
    public Response importYaml(String yaml) {
        long id = suites.importYaml(yaml);
        SuiteSummary summary = suites.summary(id);
        audit.record(actor(), "suite.import", summary.name(), summary.cases() + " cases");
        return Response.ok(Map.of("id", id)).build();
    }

    @POST
    @Path("/{id}/runs")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    public RunReport run(@PathParam("id") String id) {
        RunReport report = runner.run(id(id), actor());
        audit.record(actor(), "suite.run", report.suiteName(), report.passed() + " passed, " + report.failed() + " failed");
        return report;
    }

    @GET
    @Path("/{id}/runs/{run}")
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public RunReport run(@PathParam("id") String id, @PathParam("run") String run) {
        return runner.report(id(id), id(run));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    static long id(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("invalid_id", "An id is a positive whole number.");
    }
}
