package org.healthlibrary.assistant.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.healthlibrary.assistant.audit.AuditLog;
import org.healthlibrary.assistant.search.ReindexJobs;
import org.healthlibrary.assistant.staff.StaffRole;

/**
 * {@code GET /console/api/library}: the library view (any role); {@code POST
 * /console/api/library/reindex}: rebuild the index in the background (admin, audited).
 */
@Path("/console/api/library")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryApi {

    private final LibraryOverview overview;
    private final ReindexJobs jobs;
    private final AuditLog audit;
    private final SecurityIdentity identity;

    public LibraryApi(LibraryOverview overview, ReindexJobs jobs, AuditLog audit, SecurityIdentity identity) {
        this.overview = overview;
        this.jobs = jobs;
        this.audit = audit;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public LibraryOverview.View view() {
        return overview.view();
    }

    @POST
    @Path("/reindex")
    @RolesAllowed(StaffRole.ADMIN_NAME)
    public Response reindex() {
        String who = identity.getPrincipal().getName();
        ReindexJobs.Status status = jobs.start(who);
        audit.record(who, "library.reindex", null, status.state().name());
        return Response.accepted(status).build();
    }
}
