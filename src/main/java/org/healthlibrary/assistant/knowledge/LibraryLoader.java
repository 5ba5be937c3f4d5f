package org.healthlibrary.assistant.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
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
 * Loads every {@code *.md} article of a library folder, and every passage of every
 * {@code *.jsonl} corpus in it (see {@link JsonlPassageReader}), so a hospital can drop a large
 * corpus next to its Markdown articles. A malformed file or line is reported as a
 * {@link LoadProblem} with its reason ({@code "line 7: no 'title'"} for a JSONL line) and
 * skipped; everything else is still loaded. An id that an earlier file (in name order) already
 * uses is a problem too. The content hash covers all files (usable or not), so fixing a broken
 * file also counts as a change; JSONL files are hashed while they are streamed.
 * Stateless and thread-safe.
 */
public final class LibraryLoader {

    private final MarkdownArticleReader reader = new MarkdownArticleReader();
    private final JsonlPassageReader jsonlReader = new JsonlPassageReader();

    /**
     * Loads the folder. Throws {@link UncheckedIOException} only when the folder itself
     * cannot be listed; problems with single files never fail the load.
     */
    public Library load(Path folder) {
        List<Path> files = libraryFiles(folder);
        MessageDigest digest = sha256();
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            String name = folder.relativize(file).toString();
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (name.endsWith(".jsonl")) {
                loadJsonl(file, name, digest, seen, articles, problems);
                continue;
            }
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

    /** Streams one corpus through the digest and the reader; keeps its articles only if it reads to the end. */
    private void loadJsonl(Path file, String name, MessageDigest digest, Set<String> seen,
                           List<Article> articles, List<LoadProblem> problems) {
        List<Article> fileArticles = new ArrayList<>();
        List<LoadProblem> fileProblems = new ArrayList<>();
        Set<String> fileIds = new HashSet<>();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            jsonlReader.read(in, new JsonlPassageReader.Listener() {
                @Override
                public void accepted(int line, JsonlPassage passage, Article article) {
                    if (seen.contains(article.id())) {
                        fileProblems.add(new LoadProblem(name, "line " + line + ": duplicate id '" + article.id() + "'"));
                    } else {
                        fileIds.add(article.id());
                        fileArticles.add(article);
                    }
                }

                @Override
                public void skipped(int line, String reason) {
                    fileProblems.add(new LoadProblem(name, "line " + line + ": " + reason));
                }
            });
        } catch (IOException e) {
            problems.add(new LoadProblem(name, "cannot read file: " + e.getClass().getSimpleName()));
            return;
        }
        digest.update((byte) 0);
        seen.addAll(fileIds);
        articles.addAll(fileArticles);
        problems.addAll(fileProblems);
    }

    private static List<Path> libraryFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("Knowledge folder not found: " + folder.toAbsolutePath()
                    + " (set assistant.knowledge.path)"));
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> isArticleFile(p.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isArticleFile(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".md") && !name.equalsIgnoreCase("README.md");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
