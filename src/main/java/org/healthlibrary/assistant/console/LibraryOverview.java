package org.healthlibrary.assistant.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.ArticleReview;
import org.healthlibrary.assistant.knowledge.EditorialChecks;
import org.healthlibrary.assistant.knowledge.EditorialIssue;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.candidate.CandidateLibrary;
import org.healthlibrary.assistant.candidate.CandidateStatus;
import org.healthlibrary.assistant.publishing.LibraryVersion;
import org.healthlibrary.assistant.publishing.LibraryVersions;
import org.healthlibrary.assistant.publishing.VersionFollower;
import org.healthlibrary.assistant.publishing.VersionStatus;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.ReindexJobs;

/**
 * The library view (issue 14 item 6): each served article with its editorial report (reading
 * grade, reviewed date, broken links and other issues), the index generation and content hash of
 * the served library, the published library version, the latest reindex, and the candidate. Read-only over the search and knowledge APIs. Thread-safe.
 */
@ApplicationScoped
public class LibraryOverview {

    /**
     * One article's line.
     *
     * @param id       article id
     * @param title    its title
     * @param url      its public page
     * @param reviewed when it was last reviewed
     * @param grade    Flesch-Kincaid reading grade, one decimal
     * @param brokenLinks links and related ids that name no article
     * @param issues   every editorial issue, as text
     */
    public record ArticleLine(String id, String title, String url, LocalDate reviewed, String grade,
                              List<String> brokenLinks, List<String> issues) {
    }

    /**
     * The whole view.
     *
     * @param ready       whether an index is open
     * @param contentHash the served library's content hash, or null when not ready
     * @param generation  the index generation serving (its folder name), or null when not ready
     * @param passages    passages in that generation
     * @param articles    the served articles, by title
     * @param skipped     files that were not served, with reasons
     * @param reindex     the latest reindex
     * @param published   the library version published for every replica, or null when none is recorded
     * @param version     the version this replica serves and whether it is behind the published one
     * @param candidate   the candidate library (an unpublished change)
     */
    public record View(boolean ready, String contentHash, String generation, int passages, List<ArticleLine> articles,
                       List<String> skipped, ReindexJobs.Status reindex, LibraryVersion published, VersionStatus version,
                       CandidateStatus candidate) {
    }

    private final LibraryIndex index;
    private final ReindexJobs jobs;
    private final LibraryVersions versions;
    private final VersionFollower follower;
    private final CandidateLibrary candidate;
    private final EditorialChecks checks = new EditorialChecks();

    public LibraryOverview(LibraryIndex index, ReindexJobs jobs, LibraryVersions versions, VersionFollower follower,
                           CandidateLibrary candidate) {
        this.index = index;
        this.jobs = jobs;
        this.versions = versions;
        this.follower = follower;
        this.candidate = candidate;
    }

    /** The view now. */
    public View view() {
        LibraryVersion published = versions.latest().orElse(null);
        if (!index.isReady()) {
            return new View(false, null, null, 0, List.of(), List.of(), jobs.status(), published, follower.status(),
                    candidate.status());
        }
        Library library = index.library();
        Map<String, Article> byId = library.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        List<ArticleLine> lines = new ArrayList<>();
        for (ArticleReview review : checks.review(library, LocalDate.now()).reviews()) {
            Article article = byId.get(review.id());
            if (article == null) {
                continue;
            }
            lines.add(new ArticleLine(article.id(), article.title(), article.url(), article.reviewed(),
                    review.readability().gradeText(),
                    review.issues().stream().filter(i -> i.rule() == EditorialIssue.Rule.BROKEN_LINK)
                            .map(EditorialIssue::message).toList(),
                    review.issues().stream().map(EditorialIssue::toString).toList()));
        }
        lines.sort(java.util.Comparator.comparing(ArticleLine::title));
        List<String> skipped = library.problems().stream().map(p -> p.file() + ": " + p.reason()).toList();
        return new View(true, library.contentHash(), index.generationName(), index.passageCount(), lines, skipped,
                jobs.status(), published, follower.status(), candidate.status());
    }
}
