package org.healthlibrary.assistant.knowledge;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The editorial checks over a whole library: one review per article plus the files that could
 * not be loaded at all. Immutable; {@link #print} writes a table for editors.
 *
 * @param reviews  one review per loaded article, in library order
 * @param problems files that were skipped when loading (each one is a failure)
 */
public record EditorialReport(List<ArticleReview> reviews, List<LoadProblem> problems) {

    public EditorialReport {
        reviews = List.copyOf(reviews);
        problems = List.copyOf(problems);
    }

    /** Every failure as one line ({@code "anemia: ERROR READING_GRADE: ..."}); empty when the library passes. */
    public List<String> failures() {
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.file() + ": cannot load: " + p.reason()));
        reviews.forEach(r -> r.errors().forEach(e -> lines.add(r.id() + ": " + e)));
        return List.copyOf(lines);
    }

    /** Every warning as one line ({@code "anemia: WARNING STALE_REVIEW: ..."}). */
    public List<String> warnings() {
        return reviews.stream().flatMap(r -> r.warnings().stream().map(w -> r.id() + ": " + w)).toList();
    }

    /** Prints a table (id, grade, words, sentences, errors, warnings) then every finding. */
    public void print(PrintStream out) {
        int width = Math.max(2, reviews.stream().mapToInt(r -> r.id().length()).max().orElse(2));
        String row = "%-" + width + "s  %5s  %6s  %9s  %6s  %8s%n";
        out.printf(Locale.ROOT, row, "id", "grade", "words", "sentences", "errors", "warnings");
        for (ArticleReview r : reviews) {
            out.printf(Locale.ROOT, row, r.id(), r.readability().gradeText(), r.readability().words(),
                    r.readability().sentences(), r.errors().size(), r.warnings().size());
        }
        out.printf(Locale.ROOT, "%d articles, %d load problems, %d errors, %d warnings%n", reviews.size(),
                problems.size(), failures().size() - problems.size(), warnings().size());
        failures().forEach(f -> out.println("  " + f));
        warnings().forEach(w -> out.println("  " + w));
    }
}
