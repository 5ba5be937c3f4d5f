package org.healthlibrary.assistant.knowledge.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The import as a command: {@code ./mvnw -q -Pimport exec:java -Dexec.args="--html pages/ --out knowledge/"}
 * (see {@code docs/importing.md} and {@link ImportArguments#USAGE}). Runs {@link HtmlImport} or
 * {@link JsonlImport}, prints the {@link ImportReport} and the time taken. Plain Java, no
 * Quarkus start-up: importing must not need the service's configuration or a model.
 *
 * <p>Exit code 0 when the import ran, even with skipped items (they are in the report); 1 when
 * it failed (a file could not be read or written, or would be overwritten without
 * {@code --overwrite}); 2 on bad arguments, with the usage.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ImportArguments a;
        HtmlSelectors selectors;
        try {
            a = ImportArguments.parse(args);
            if (a.help()) {
                out.println(ImportArguments.USAGE);
                return 0;
            }
            selectors = a.selectors();
            if (a.html() != null && !Files.isDirectory(a.html())) {
                throw new IllegalArgumentException("--html " + a.html() + " is not a folder");
            }
            if (a.jsonl() != null && !Files.isRegularFile(a.jsonl())) {
                throw new IllegalArgumentException("--jsonl " + a.jsonl() + " is not a file");
            }
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            err.println(ImportArguments.USAGE);
            return 2;
        }
        long start = System.nanoTime();
        ImportReport report;
        try {
            report = a.html() != null
                    ? new HtmlImport(new HtmlArticleReader(selectors), LocalDate.now()).run(a.html(), a.out(), a.overwrite(), a.dryRun())
                    : new JsonlImport().run(a.jsonl(), a.out(), a.overwrite(), a.dryRun());
        } catch (IOException | UncheckedIOException e) {
            err.println("import failed: " + e.getMessage());
            return 1;
        }
        report.print(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%s in %.1f s%n", a.dryRun() ? "Checked (dry run, nothing written)"
                : "Wrote to " + a.out(), seconds);
        return 0;
    }
}
