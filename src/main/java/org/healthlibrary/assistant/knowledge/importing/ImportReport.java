package org.healthlibrary.assistant.knowledge.importing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What one import did: how many items became articles, every item that was skipped with its
 * reason, and warnings about items that were imported but need an editor's look. Immutable;
 * build one with {@link Builder}.
 *
 * @param source   what was imported (a folder or file)
 * @param read     items read (pages or non-blank lines)
 * @param imported items that became articles
 * @param skipped  items that did not, with the reason, in input order
 * @param warnings remarks about imported items, in input order
 */
public record ImportReport(String source, int read, int imported, List<Skipped> skipped, List<Warning> warnings) {

    public ImportReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** An item that was not imported. */
    public record Skipped(String item, String reason) {
    }

    /** A remark about an item that was imported. */
    public record Warning(String item, String message) {
    }

    /**
     * Prints the counts, then each skipped item with its reason, then each warning:
     * <pre>
     * Imported pages/: 2 of 3 items
     *   imported: 2
     *   skipped:  1
     *   warnings: 1
     * Skipped:
     *   broken.html: no content: nothing matches 'main, article, [role=main], #content'
     * Warnings:
     *   clean.html: front matter has no sources
     * </pre>
     */
    public void print(PrintStream out) {
        out.println("Imported " + source + ": " + imported + " of " + read + " items");
        out.println("  imported: " + imported);
        out.println("  skipped:  " + skipped.size());
        out.println("  warnings: " + warnings.size());
        if (!skipped.isEmpty()) {
            out.println("Skipped:");
            skipped.forEach(s -> out.println("  " + s.item() + ": " + s.reason()));
        }
        if (!warnings.isEmpty()) {
            out.println("Warnings:");
            warnings.forEach(w -> out.println("  " + w.item() + ": " + w.message()));
        }
    }

    /** Collects an import's outcome item by item. Not thread-safe. */
    public static final class Builder {
        private final String source;
        private int read;
        private int imported;
        private final List<Skipped> skipped = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();

        public Builder(String source) {
            this.source = source;
        }

        /** Counts an item that became an article. */
        public Builder imported() {
            read++;
            imported++;
            return this;
        }

        /** Counts an item that was skipped. */
        public Builder skipped(String item, String reason) {
            read++;
            skipped.add(new Skipped(item, reason));
            return this;
        }

        /** Adds a remark about an item (counted separately through imported or skipped). */
        public Builder warning(String item, String message) {
            warnings.add(new Warning(item, message));
            return this;
        }

        public ImportReport build() {
            return new ImportReport(source, read, imported, skipped, warnings);
        }
    }
}
