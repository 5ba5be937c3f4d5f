package org.healthlibrary.assistant.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.healthlibrary.assistant.search.ReindexJobs;

/**
 * {@code POST /api/admin/reindex} starts a background rebuild of the index from the articles on
 * disk (202, with the job status); {@code GET /api/admin/reindex} reports the latest one.
 * Queries keep being served from the current index until the new one is swapped in. A reindex
 * that would remove more than {@code assistant.index.max-shrink} of the articles ends REFUSED
 * unless {@code ?force=true}. Callers are checked by {@link AdminAccess} (key and lockout).
 */
@Path("/api/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class ReindexResource {

    private final ReindexJobs jobs;
    private final AdminAccess access;

    public ReindexResource(ReindexJobs jobs, AdminAccess access) {
        this.jobs = jobs;
        this.access = access;
    }

    @POST
    public Response start(@HeaderParam("X-Api-Key") String apiKey, @QueryParam("force") boolean force,
                          @Context HttpServerRequest request) {
        access.require(apiKey, ClientAddress.of(request));
        return Response.accepted(jobs.start(force, "the admin API")).build();
    }

    @GET
    public ReindexJobs.Status status(@HeaderParam("X-Api-Key") String apiKey, @Context HttpServerRequest request) {
        access.require(apiKey, ClientAddress.of(request));
        return jobs.status();
    }
}
