package org.healthlibrary.assistant.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.healthlibrary.assistant.candidate.CandidateLibrary;
import org.healthlibrary.assistant.candidate.CandidateStatus;
import org.healthlibrary.assistant.http.ApiException;
import org.healthlibrary.assistant.staff.StaffRole;

/**
 * The console's pages for checking a library change before patients see it (Qute templates
 * under {@code templates/PublishPages/}): the candidate with its side-by-side comparison and the
 * publish form ({@code /console/candidate}), and the article editor
 * ({@code /console/candidate/edit?article=<id>}). Forms post JSON to {@link CandidateApi}.
 */
@Path("/console/candidate")
@Produces(MediaType.TEXT_HTML)
public class PublishPages {

    /** The Markdown a new article starts from in the editor. */
    static final String NEW_ARTICLE = """
            ---
            title: %s
            url: https://library.example-hospital.org/health/%s
            reviewed: %s
            summary: One sentence saying what this article explains.
            synonyms: []
            sources: []
            related: []
            ---

            ## Overview
            Write the article here.
            """;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance candidate(SignedIn me, CandidateStatus candidate, int minReason);

        static native TemplateInstance edit(SignedIn me, String articleId, String markdown, boolean existing,
                                            CandidateStatus candidate);
    }

    private final SecurityIdentity identity;
    private final CandidateLibrary candidate;

    public PublishPages(SecurityIdentity identity, CandidateLibrary candidate) {
        this.identity = identity;
        this.candidate = candidate;
    }

    @GET
    @RolesAllowed(StaffRole.VIEWER_NAME)
    public String candidate() {
        return Templates.candidate(SignedIn.of(identity), candidate.status(), candidate.minReasonLength()).render();
    }

    @GET
    @Path("/edit")
    @RolesAllowed(StaffRole.EDITOR_NAME)
    public String edit(@QueryParam("article") String article) {
        if (article == null || !article.matches("[a-z0-9]+(?:-[a-z0-9]+)*") || article.length() > 120) {
            throw ApiException.badRequest("invalid_article_id",
                    "Name the article by its id: lower-case words joined by hyphens, e.g. low-platelets.");
        }
        var source = candidate.source(article);
        String markdown = source.orElseGet(() -> NEW_ARTICLE.formatted(title(article), article, java.time.LocalDate.now()));
        return Templates.edit(SignedIn.of(identity), article, markdown, source.isPresent(), candidate.status()).render();
    }

    private static String title(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
