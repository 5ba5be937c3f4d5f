package org.healthlibrary.assistant.knowledge;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one article from a Markdown file with YAML front matter and checks it is usable:
 * valid front matter, an {@code id} equal to the file name, a title, a non-empty body.
 * Stateless and thread-safe.
 */
public final class MarkdownArticleReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Reads and validates {@code file}; the reason in the exception says what to fix. */
    public Article read(Path file) throws ArticleFormatException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ArticleFormatException("file is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ArticleFormatException("cannot read file: " + e.getClass().getSimpleName(), e);
        }
        return parse(fileId(file), text);
    }

    /** Parses article text whose file name (without {@code .md}) is {@code expectedId}. */
    public Article parse(String expectedId, String text) throws ArticleFormatException {
        FrontMatter.Split split = FrontMatter.split(text);
        FrontMatter.Fields f = FrontMatter.parse(split.yaml());
        String id = f.id() == null || f.id().isBlank() ? expectedId : f.id().strip();
        if (!id.equals(expectedId)) {
            throw new ArticleFormatException("front matter id '" + id + "' differs from the file name '" + expectedId + ".md'");
        }
        if (!ID.matcher(id).matches()) {
            throw new ArticleFormatException("id '" + id + "' must be lower-case words joined by hyphens");
        }
        if (f.title() == null || f.title().isBlank()) {
            throw new ArticleFormatException("front matter has no title");
        }
        if (split.body().isBlank()) {
            throw new ArticleFormatException("body is empty");
        }
        return new Article(id, f.title().strip(), blankToEmpty(f.url()), f.reviewed(), blankToEmpty(f.summary()),
                nonNull(f.synonyms()), f.sources() == null ? List.of() : f.sources(), nonNull(f.related()),
                split.body());
    }

    static String fileId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
