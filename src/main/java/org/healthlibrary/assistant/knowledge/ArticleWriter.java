package org.healthlibrary.assistant.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes an {@link Article} as {@code <id>.md} in the exact layout of the shipped articles, so
 * that {@link MarkdownArticleReader} reads it back unchanged and editors see the same shape
 * everywhere:
 * <pre>
 * ---
 * id: neutropenia
 * title: Neutropenia (Low Neutrophils)
 * url: https://...
 * reviewed: 2026-11-20
 * summary: ...
 * synonyms:
 *   - low neutrophils
 * sources:
 *   - title: "Neutropenia - StatPearls"
 *     url: https://...
 * related: [leukopenia, pancytopenia]
 * ---
 *
 * ## Overview
 * </pre>
 * Values are written plain when YAML reads them back as the same string, else double-quoted
 * (source titles are always quoted, as in the shipped files). A missing review date is written
 * as an empty {@code reviewed:} so editors see the field to fill in; empty lists as {@code []}.
 * Stateless and thread-safe (two threads writing the same id race; the last move wins).
 */
public final class ArticleWriter {

    /** Starts with a character that is no YAML indicator, and is one line. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9(][^\\n]*");
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "(?i)(true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan)");

    /** The article's file text. */
    public String format(Article a) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("id: ").append(scalar(a.id())).append('\n');
        out.append("title: ").append(scalar(a.title())).append('\n');
        out.append("url: ").append(scalar(a.url())).append('\n');
        out.append("reviewed:").append(a.reviewed() == null ? "" : " " + a.reviewed()).append('\n');
        out.append("summary: ").append(scalar(a.summary())).append('\n');
        out.append("synonyms:");
        list(a.synonyms(), out);
        out.append("sources:");
        if (a.sources().isEmpty()) {
            out.append(" []\n");
        } else {
            out.append('\n');
            for (Source s : a.sources()) {
                out.append("  - title: ").append(quoted(s.title())).append('\n');
                out.append("    url: ").append(scalar(s.url())).append('\n');
            }
        }
        out.append("related: [").append(String.join(", ", a.related().stream().map(ArticleWriter::scalar).toList()))
                .append("]\n");
        out.append("---\n\n").append(a.body().strip()).append('\n');
        return out.toString();
    }

    /**
     * Writes {@code <folder>/<id>.md}, replacing an existing file, and returns its path. The
     * text goes to {@code <id>.md.part} first and is then moved into place, so a library load
     * running at the same time sees the old file or the new one, never half of one.
     */
    public Path write(Article a, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(a.id() + ".md");
        Path part = folder.resolve(a.id() + ".md.part");
        Files.writeString(part, format(a), StandardCharsets.UTF_8);
        moveIntoPlace(part, file);
        return file;
    }

    /** Moves {@code part} over {@code target} atomically where the file system can. */
    public static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void list(List<String> items, StringBuilder out) {
        if (items.isEmpty()) {
            out.append(" []\n");
            return;
        }
        out.append('\n');
        items.forEach(i -> out.append("  - ").append(scalar(i)).append('\n'));
    }

    /**
     * The value plain when YAML reads it back as the same string, else double-quoted. Block
     * context only: commas and brackets are fine after the first character.
     */
    static String scalar(String s) {
        String v = s == null ? "" : s;
        boolean plain = PLAIN.matcher(v).matches() && !v.contains(": ") && !v.contains(" #")
                && !v.endsWith(":") && v.strip().equals(v)
                && !NOT_A_STRING.matcher(v).matches() && !isDate(v);
        return plain ? v : quoted(v);
    }

    private static boolean isDate(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A YAML double-quoted string. */
    static String quoted(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
