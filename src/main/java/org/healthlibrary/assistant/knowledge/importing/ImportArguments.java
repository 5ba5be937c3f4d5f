package org.healthlibrary.assistant.knowledge.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line of {@link ImportCommand}. Immutable; {@link #parse} refuses anything
 * it does not understand with an {@link IllegalArgumentException} whose message names the
 * problem.
 *
 * @param html            folder of saved pages ({@code --html}), or null
 * @param jsonl           JSONL corpus ({@code --jsonl}), or null; exactly one of the two is set
 * @param out             output folder ({@code --out}); null only with {@code --dry-run}
 * @param dryRun          read and report, write nothing ({@code --dry-run})
 * @param overwrite       replace existing files in {@code out} ({@code --overwrite})
 * @param titleSelector   {@code --title-selector}, or null for the default
 * @param contentSelector {@code --content-selector}, or null for the default
 * @param sectionSelector {@code --section-selector}, or null for the default
 * @param remove          extra boilerplate selectors ({@code --remove}, repeatable)
 * @param help            {@code --help} was given
 */
public record ImportArguments(Path html, Path jsonl, Path out, boolean dryRun, boolean overwrite, String titleSelector,
                              String contentSelector, String sectionSelector, List<String> remove, boolean help) {

    /** Shown with every argument error and for {@code --help}. */
    public static final String USAGE = """
            Usage:
              --html DIR --out DIR [--title-selector CSS] [--content-selector CSS]
                                   [--section-selector CSS] [--remove CSS]... [--overwrite] [--dry-run]
                  Convert saved health-library pages (*.html, *.htm under DIR) into <id>.md articles.
              --jsonl FILE --out DIR [--overwrite] | --jsonl FILE --dry-run
                  Validate a JSONL corpus (one {"id","title","url","text","section"?} per line)
                  and write its usable lines, normalised, to DIR/<FILE name>.
            Every run prints a report: counts, then each skipped item with its reason.
            Exit code: 0 when the import ran (also with skipped items), 1 when it failed, 2 on bad arguments.""";

    public ImportArguments {
        remove = List.copyOf(remove);
    }

    /** Parses {@code args}; throws {@link IllegalArgumentException} saying what is wrong. */
    public static ImportArguments parse(String... args) {
        Path html = null;
        Path jsonl = null;
        Path out = null;
        boolean dryRun = false;
        boolean overwrite = false;
        String title = null;
        String content = null;
        String section = null;
        List<String> remove = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    return new ImportArguments(null, null, null, false, false, null, null, null, List.of(), true);
                }
                case "--dry-run" -> dryRun = true;
                case "--overwrite" -> overwrite = true;
                case "--html" -> html = Path.of(once(html, a, value(args, ++i, a)));
                case "--jsonl" -> jsonl = Path.of(once(jsonl, a, value(args, ++i, a)));
                case "--out" -> out = Path.of(once(out, a, value(args, ++i, a)));
                case "--title-selector" -> title = once(title, a, value(args, ++i, a));
                case "--content-selector" -> content = once(content, a, value(args, ++i, a));
                case "--section-selector" -> section = once(section, a, value(args, ++i, a));
                case "--remove" -> remove.add(value(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
        }
        if ((html == null) == (jsonl == null)) {
            throw new IllegalArgumentException("give exactly one of --html DIR and --jsonl FILE");
        }
        if (out == null && !dryRun) {
            throw new IllegalArgumentException("--out DIR is required (or --dry-run to only check)");
        }
        if (jsonl != null && (title != null || content != null || section != null || !remove.isEmpty())) {
            throw new IllegalArgumentException("selectors only apply to --html");
        }
        return new ImportArguments(html, jsonl, out, dryRun, overwrite, title, content, section, remove, false);
    }

    /** The HTML selectors: defaults, with each given selector replacing its default. */
    public HtmlSelectors selectors() {
        HtmlSelectors s = HtmlSelectors.defaults();
        s = titleSelector == null ? s : s.withTitle(titleSelector);
        s = contentSelector == null ? s : s.withContent(contentSelector);
        s = sectionSelector == null ? s : s.withSectionHeading(sectionSelector);
        return remove.isEmpty() ? s : s.withExtraRemove(remove);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static <T> String once(T previous, String option, String value) {
        if (previous != null) {
            throw new IllegalArgumentException(option + " is given twice");
        }
        return value;
    }
}
