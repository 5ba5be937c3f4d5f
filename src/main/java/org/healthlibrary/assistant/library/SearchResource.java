package org.healthlibrary.assistant.library;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.healthlibrary.assistant.http.ApiException;
import org.healthlibrary.assistant.search.PassageSearch;

/** {@code GET /api/search?q=...&limit=5}: the raw retrieval, with highlighted snippets. */
@Path("/api/search")
public class SearchResource {

    static final int MAX_LIMIT = 50;
    static final int MAX_QUERY_LENGTH = 500;

    private final PassageSearch search;

    public SearchResource(PassageSearch search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SearchResponse search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("5") String limit) {
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("missing_query", "Add the search words as ?q=..., e.g. /api/search?q=low+platelets");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badRequest("query_too_long", "The query has " + q.length() + " characters; the limit is "
                    + MAX_QUERY_LENGTH + ".");
        }
        int n = parseLimit(limit);
        List<Hit> hits = search.searchWithSnippets(q.strip(), n).hits().stream()
                .map(h -> new Hit(h.passage().articleId(), h.passage().articleTitle(),
                        h.passage().question() == null ? h.passage().section()
                                : h.passage().section() + " > " + h.passage().question(),
                        h.passage().url(), h.snippet(), h.score()))
                .toList();
        return new SearchResponse(hits);
    }

    private static int parseLimit(String limit) {
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // Fall through to the error below.
        }
        throw ApiException.badRequest("invalid_limit", "'limit' must be a whole number from 1 to " + MAX_LIMIT + ".");
    }

    /** The response body. */
    public record SearchResponse(List<Hit> hits) {
    }

    /** One hit: where it is and why it matched. */
    public record Hit(String articleId, String title, String section, String url, String snippet, float score) {
    }
}
