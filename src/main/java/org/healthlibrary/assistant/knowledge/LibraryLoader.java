package org.healthlibrary.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads every {@code *.md} article of a library folder. A malformed file is reported as a
 * {@link LoadProblem} with its reason and skipped; every other article is still loaded.
 * The content hash covers all files (usable or not), so fixing a broken file also counts as
 * a change. Stateless and thread-safe.
 */
public final class LibraryLoader {

    private final MarkdownArticleReader reader = new MarkdownArticleReader();

    /**
     * Loads the folder. Throws {@link UncheckedIOException} only when the folder itself
     * cannot be listed; problems with single files never fail the load.
     */
    public Library load(Path folder) {
        List<Path> files = markdownFiles(folder);
        MessageDigest digest = sha256();
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            String name = folder.relativize(file).toString();
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try {
                digest.update(Files.readAllBytes(file));
            } catch (IOException e) {
                problems.add(new LoadProblem(name, "cannot read file: " + e.getClass().getSimpleName()));
                continue;
            }
            digest.update((byte) 0);
            try {
                Article a = reader.read(file);
                if (!seen.add(a.id())) {
                    problems.add(new LoadProblem(name, "duplicate id '" + a.id() + "'"));
                    continue;
                }
                articles.add(a);
            } catch (ArticleFormatException e) {
                problems.add(new LoadProblem(name, e.getMessage()));
            }
        }
        articles.sort(Comparator.comparing(Article::id));
        return new Library(articles, problems, HexFormat.of().formatHex(digest.digest()));
    }

    private static List<Path> markdownFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("Knowledge folder not found: " + folder.toAbsolutePath()
                    + " (set assistant.knowledge.path)"));
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
