package org.healthlibrary.assistant.knowledge.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.ArticleFormatException;
import org.healthlibrary.assistant.knowledge.ArticleWriter;
import org.healthlibrary.assistant.knowledge.EditorialChecks;
import org.healthlibrary.assistant.knowledge.EditorialIssue;

/**
 * Imports a folder of saved pages ({@code *.html}, {@code *.htm}, searched recursively, in
 * name order) into a library folder of {@code <id>.md} articles, and reports what it did.
 *
 * <p>Per page: {@link HtmlArticleReader} converts it, or the page is skipped with the reader's
 * reason. A page is also skipped when an earlier page already produced its id, or when
 * {@code <id>.md} already exists in the output folder and {@code overwrite} is off (the safe
 * default: a hand-edited article is never replaced by accident). Links {@code [text](id.md)}
 * are kept only when the id is an article of this import or of the output folder; the others
 * become plain text, with a warning. The kept link targets become the article's
 * {@code related} ids. Every imported article is then run through {@link EditorialChecks}, and
 * what they find (missing front matter, reading grade, stale review) is reported as warnings:
 * an editor fixes those in the written file.
 *
 * <p>Not thread-safe for one output folder; the instance itself is immutable.
 */
public final class HtmlImport {

    private static final Pattern MD_LINK = Pattern.compile("\\[((?:\\\\.|[^\\]\\\\])*)]\\(([a-z0-9-]+)\\.md\\)");

    private final HtmlArticleReader reader;
    private final ArticleWriter writer = new ArticleWriter();
    private final EditorialChecks checks = new EditorialChecks();
    private final LocalDate today;

    /**
     * @param reader the page reader (with the hospital's selectors)
     * @param today  the date review ages are measured against
     */
    public HtmlImport(HtmlArticleReader reader, LocalDate today) {
        this.reader = reader;
        this.today = today;
    }

    /**
     * Imports every page under {@code pages} into {@code out}; with {@code dryRun} nothing is
     * written but the report is the same. Throws only when a folder cannot be listed or a
     * file cannot be written.
     */
    public ImportReport run(Path pages, Path out, boolean overwrite, boolean dryRun) throws IOException {
        ImportReport.Builder report = new ImportReport.Builder(pages.toString());
        Set<String> existing = existingIds(out);
        Map<String, String> pageOfId = new HashMap<>();
        List<Page> read = new ArrayList<>();
        for (Path file : pageFiles(pages)) {
            String item = pages.relativize(file).toString();
            Article a;
            try {
                a = reader.read(file);
            } catch (ArticleFormatException e) {
                report.skipped(item, e.getMessage());
                continue;
            }
            String earlier = pageOfId.putIfAbsent(a.id(), item);
            if (earlier != null) {
                report.skipped(item, "id '" + a.id() + "' is already taken by " + earlier);
            } else if (existing.contains(a.id()) && !overwrite) {
                report.skipped(item, a.id() + ".md already exists in " + out + " (use --overwrite to replace it)");
            } else {
                read.add(new Page(item, a));
            }
        }
        Set<String> known = new HashSet<>(existing);
        read.forEach(p -> known.add(p.article().id()));
        for (Page page : read) {
            Article a = resolveLinks(page, known, report);
            if (!dryRun) {
                writer.write(a, out);
            }
            report.imported();
            for (EditorialIssue issue : checks.review(a, known, today).issues()) {
                report.warning(page.item(), issue.message());
            }
        }
        return report.build();
    }

    /** Unlinks targets that are not in the library and lists the others as related. */
    private static Article resolveLinks(Page page, Set<String> known, ImportReport.Builder report) {
        Article a = page.article();
        Set<String> related = new LinkedHashSet<>(a.related());
        Matcher m = MD_LINK.matcher(a.body());
        StringBuilder body = new StringBuilder();
        while (m.find()) {
            String target = m.group(2);
            if (known.contains(target)) {
                related.add(target);
                m.appendReplacement(body, Matcher.quoteReplacement(m.group()));
            } else {
                report.warning(page.item(), "link '" + m.group(1) + "' kept as text: no article '" + target + "'");
                m.appendReplacement(body, Matcher.quoteReplacement(m.group(1)));
            }
        }
        m.appendTail(body);
        return new Article(a.id(), a.title(), a.url(), a.reviewed(), a.summary(), a.synonyms(), a.sources(),
                List.copyOf(related), body.toString());
    }

    private static Set<String> existingIds(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equalsIgnoreCase("README.md"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toSet());
        }
    }

    private static List<Path> pageFiles(Path pages) throws IOException {
        if (!Files.isDirectory(pages)) {
            throw new IOException("pages folder not found: " + pages.toAbsolutePath());
        }
        try (Stream<Path> s = Files.walk(pages)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).+\\.html?"))
                    .sorted()
                    .toList();
        }
    }

    private record Page(String item, Article article) {
    }
}
