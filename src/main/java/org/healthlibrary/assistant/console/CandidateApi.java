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
import java.util.Map;
import org.healthlibrary.assistant.candidate.CandidateLibrary;
import org.healthlibrary.assistant.candidate.CandidateStatus;
import org.healthlibrary.assistant.http.ApiException;
import org.healthlibrary.assistant.staff.StaffRole;

/**
 * {@code /console/api/candidate}: the candidate library (a change checked before patients see
 * it). Any role reads its state; editors write or remove an article, import a file, check it
 * again or discard it (each answered 202: indexing and the side-by-side check run in the
 * background); admins publish it, with a written reason when a guard refuses. Thin: each call
 * goes to {@link CandidateLibrary}, which audits it.
 */
@Path("/console/api/candidate")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateApi {

    /** An article's whole file: YAML front matter and Markdown body. */
    public record ArticleBody(String markdown) {
    }

    /** An uploaded file: its name ({@code .md}, {@code .html} or {@code .jsonl}) and its text. */
    public record ImportBody(String fileName, String content) {
    }

    /** Publishing, with the written reason that overrides a refusal (optional otherwise). */
    public record PublishBody(String reason) {
    }

    private final CandidateLibrary candidate;
    private final SecurityIdentity identity;

    public CandidateApi(CandidateLibrary candidate, SecurityIdentity identity) {
        this.candidate = candidate;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public CandidateStatus status() {
        return candidate.status();
    }

    @PUT
    @Path("/articles/{articleId}")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("articleId") String articleId, ArticleBody body) {
        if (body == null || body.markdown() == null) {
            throw ApiException.badRequest("missing_markdown", "Send {\"markdown\": the article's whole file}.");
        }
        candidate.saveArticle(articleId, body.markdown(), actor());
        return Response.accepted(candidate.status()).build();
    }

    @DELETE
    @Path("/articles/{articleId}")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    public Response remove(@PathParam("articleId") String articleId) {
        candidate.deleteArticle(articleId, actor());
        return Response.accepted(candidate.status()).build();
    }

    @POST
    @Path("/import")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importFile(ImportBody body) {
        if (body == null || body.fileName() == null || body.content() == null) {
            throw ApiException.badRequest("missing_file", "Send {\"fileName\", \"content\"}: choose a file to upload.");
        }
        String written = candidate.importFile(body.fileName(), body.content(), actor());
        return Response.accepted(Map.of("file", written, "state", candidate.status().state())).build();
    }

    @POST
    @Path("/check")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    public Response check() {
        candidate.recheck(actor());
        return Response.accepted(candidate.status()).build();
    }

    @DELETE
    @RolesAllowed(StaffRole.EDITOR_NAME)
    public Response discard() {
        candidate.discard(actor());
        return Response.noContent().build();
    }

    @POST
    @Path("/publish")
    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(PublishBody body) {
        return Response.accepted(candidate.publish(actor(), body == null ? null : body.reason())).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
