package org.healthlibrary.assistant.library;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LoadProblem;
import org.healthlibrary.assistant.search.LibraryIndex;

/** {@code GET /api/articles}: the articles in the live index, and the files that were skipped with why. */
@Path("/api/articles")
public class ArticleResource {

    private final LibraryIndex index;

    public ArticleResource(LibraryIndex index) {
        this.index = index;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ArticleList list() {
        Library library = index.library();
        return new ArticleList(library.articles().stream()
                .map(a -> new ArticleSummary(a.id(), a.title(), a.url(), a.reviewed(), a.summary()))
                .toList(), library.problems());
    }

    /** The response body. */
    public record ArticleList(List<ArticleSummary> articles, List<LoadProblem> skipped) {
    }

    /** One article. */
    public record ArticleSummary(String id, String title, String url, LocalDate reviewed, String summary) {
    }
}
