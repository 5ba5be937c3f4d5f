package org.healthlibrary.assistant.knowledge.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void printsCountsThenEachSkippedItemWithItsReasonThenWarnings() {
        ImportReport report = new ImportReport.Builder("pages/")
                .imported()
                .skipped("broken.html", "no title: nothing matches 'h1' and there is no og:title")
                .imported()
                .warning("clean.html", "front matter has no sources")
                .build();

        assertThat(print(report)).isEqualTo("""
                Imported pages/: 2 of 3 items
                  imported: 2
                  skipped:  1
                  warnings: 1
                Skipped:
                  broken.html: no title: nothing matches 'h1' and there is no og:title
                Warnings:
                  clean.html: front matter has no sources
                """);
    }

    @Test
    void cleanImportPrintsOnlyTheCounts() {
        ImportReport report = new ImportReport.Builder("corpus.jsonl").imported().build();

        assertThat(print(report)).isEqualTo("""
                Imported corpus.jsonl: 1 of 1 items
                  imported: 1
                  skipped:  0
                  warnings: 0
                """);
    }

    private static String print(ImportReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
