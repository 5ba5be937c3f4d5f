package org.healthlibrary.assistant.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportCommandTest {

    private static final String PAGES = HtmlArticleReaderTest.PAGES.toString();
    private static final String CORPUS = JsonlImportTest.CORPUS.toString();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "                                         | give exactly one of --html DIR and --jsonl FILE",
            "--html a --jsonl b --out c               | give exactly one of --html DIR and --jsonl FILE",
            "--html PAGES                             | --out DIR is required (or --dry-run to only check)",
            "--html                                   | --html needs a value",
            "--html --out x                           | --html needs a value",
            "--html PAGES --out x --out y             | --out is given twice",
            "--html PAGES --out x --verbose           | unknown argument '--verbose'",
            "--jsonl CORPUS --out x --remove .ad      | selectors only apply to --html",
            "--html no/such/dir --out x               | --html no/such/dir is not a folder",
            "--jsonl no/such.jsonl --dry-run          | --jsonl no/such.jsonl is not a file",
            "--html PAGES --out x --content-selector div[ | the content selector 'div[' is not valid CSS"})
    void badArgumentsExitWithTwoAndTheUsage(String args, String message) {
        int code = run(args == null ? "" : args.replace("PAGES", PAGES).replace("CORPUS", CORPUS));

        assertThat(code).isEqualTo(2);
        assertThat(err()).startsWith("import: " + message).contains("Usage:");
        assertThat(out()).isEmpty();
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out()).startsWith("Usage:\n  --html DIR --out DIR");
    }

    @Test
    void htmlImportPrintsTheReportAndExitsZeroDespiteSkippedPages(@TempDir Path dir) throws IOException {
        int code = run("--html " + PAGES + " --out " + dir + " --remove .promo-box");

        assertThat(code).isZero();
        assertThat(out()).startsWith("Imported " + PAGES + ": 2 of 4 items\n  imported: 2\n  skipped:  2\n")
                .contains("Skipped:\n  broken-page.html: no title: nothing matches 'h1' and there is no og:title\n")
                .containsPattern("Wrote to " + dir + " in \\d+\\.\\d s\n$");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(List.of("iron-deficiency-anemia.md", "sickle-cell-disease.md"));
        }
    }

    @Test
    void htmlImportTakesCustomSelectors(@TempDir Path dir) {
        int code = run("--html " + PAGES + " --out " + dir + " --title-selector .topic-title"
                + " --content-selector .page-body --section-selector .section-title");

        assertThat(code).isZero();
        assertThat(dir.resolve("polycythemia-vera.md")).exists();
    }

    @Test
    void jsonlDryRunValidatesAndWritesNothing(@TempDir Path dir) {
        int code = run("--jsonl " + CORPUS + " --dry-run");

        assertThat(code).isZero();
        assertThat(out()).startsWith("Imported " + CORPUS + ": 4 of 12 items\n")
                .contains("  line 8: id 'GHR/0001/0001-1' repeats line 1\n")
                .containsPattern("Checked \\(dry run, nothing written\\) in \\d+\\.\\d s\n$");
    }

    @Test
    void failedImportExitsWithOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("passages.jsonl"), "old\n");

        int code = run("--jsonl " + CORPUS + " --out " + dir);

        assertThat(code).isEqualTo(1);
        assertThat(err()).isEqualTo("import failed: " + dir.resolve("passages.jsonl")
                + ": already exists (use --overwrite to replace it)\n");
    }

    private int run(String args) {
        String[] argv = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        return ImportCommand.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
