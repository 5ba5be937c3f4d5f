package org.healthlibrary.assistant.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.healthlibrary.assistant.search.ReindexJobs;

/**
 * {@code POST /api/admin/reindex} starts a background rebuild of the index from the articles on
 * disk (202, with the job status); {@code GET /api/admin/reindex} reports the latest one.
 * Queries keep being served from the current index until the new one is swapped in.
 */
@Path("/api/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class ReindexResource {

    private final ReindexJobs jobs;
    private final AdminConfig config;

    public ReindexResource(ReindexJobs jobs, AdminConfig config) {
        this.jobs = jobs;
        this.config = config;
    }

    @POST
    public Response start(@HeaderParam("X-Api-Key") String apiKey) {
        ApiKeyCheck.require(config, apiKey);
        return Response.accepted(jobs.start("the admin API")).build();
    }

    @GET
    public ReindexJobs.Status status(@HeaderParam("X-Api-Key") String apiKey) {
        ApiKeyCheck.require(config, apiKey);
        return jobs.status();
    }
}
