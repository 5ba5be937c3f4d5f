package org.healthlibrary.assistant.candidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.ArticleFormatException;
import org.healthlibrary.assistant.knowledge.ArticleWriter;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.LibraryLoader;
import org.healthlibrary.assistant.knowledge.MarkdownArticleReader;
import org.healthlibrary.assistant.knowledge.importing.HtmlArticleReader;

/**
 * The candidate's copy of the knowledge folder: started as a copy of the live folder, changed
 * article by article (Markdown written in the console, or an uploaded Markdown, HTML or JSONL
 * file), and on publishing mirrored into the live folder (files the candidate no longer has are
 * removed there). Every file is written to a {@code .part} file and moved into place, so a load
 * sees the old or the new file, never half of one. Only library files ({@code *.md} except
 * {@code README.md}, {@code *.jsonl}) are copied or mirrored.
 *
 * <p>Not thread-safe: {@link CandidateLibrary} serialises every change.
 */
public final class CandidateFolder {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");
    /** Largest article or upload accepted, in characters. */
    static final int MAX_FILE_CHARS = 2_000_000;

    private final Path live;
    private final Path copy;
    private final LibraryLoader loader = new LibraryLoader();

    /**
     * @param live the knowledge folder patients are answered from
     * @param copy the candidate's folder (need not exist yet)
     */
    public CandidateFolder(Path live, Path copy) {
        this.live = live;
        this.copy = copy;
    }

    /** True when a candidate copy exists. */
    public boolean exists() {
        return Files.isDirectory(copy);
    }

    /** Starts the copy from the live folder unless it exists. */
    void ensure() {
        if (exists()) {
            return;
        }
        try {
            Path fresh = copy.resolveSibling(copy.getFileName() + ".new");
            delete(fresh);
            Files.createDirectories(fresh);
            for (Path f : libraryFiles(live)) {
                Files.copy(f, fresh.resolve(f.getFileName()));
            }
            Files.move(fresh, copy);
        } catch (IOException e) {
            throw new UncheckedIOException("Copying the knowledge folder for a candidate failed", e);
        }
    }

    /** The candidate's library as the loader reads it. */
    public Library load() {
        return loader.load(copy);
    }

    /** The Markdown of article {@code id}: the candidate's when it has one, else the live one's. */
    public Optional<String> source(String id) {
        checkId(id);
        for (Path folder : exists() ? List.of(copy) : List.of(live)) {
            Path file = folder.resolve(id + ".md");
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

    /** Writes article {@code id} (the whole file: front matter and body) after checking it reads. */
    void writeArticle(String id, String markdown) {
        checkId(id);
        checkSize(markdown);
        try {
            new MarkdownArticleReader().parse(id, markdown);
        } catch (ArticleFormatException e) {
            throw CandidateException.invalid("invalid_article", "The article cannot be read: " + e.getMessage() + ".");
        }
        ensure();
        put(id + ".md", markdown);
    }

    /** Removes article {@code id} from the candidate. */
    void deleteArticle(String id) {
        checkId(id);
        ensure();
        Path file = copy.resolve(id + ".md");
        if (!Files.isRegularFile(file)) {
            throw new CandidateException(404, "no_such_article", "The candidate has no article with that id.");
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds an uploaded file: a Markdown article ({@code <id>.md}), an HTML page (converted to a
     * Markdown article as the command-line import does) or a JSONL passage corpus. Returns the
     * name of the file written. A file the library loader would skip is refused.
     */
    String importFile(String fileName, String content) {
        if (fileName == null || !FILE.matcher(fileName).matches() || fileName.equalsIgnoreCase("README.md")) {
            throw CandidateException.invalid("invalid_file_name",
                    "Name the file with letters, digits, '.', '-' or '_' and end it in .md, .html or .jsonl.");
        }
        checkSize(content);
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md")) {
            writeArticle(fileName.substring(0, fileName.length() - 3), content);
            return fileName;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            Article article;
            try {
                article = new HtmlArticleReader().parse(content, fileName);
            } catch (ArticleFormatException e) {
                throw CandidateException.invalid("invalid_article", "The page cannot be imported: " + e.getMessage() + ".");
            }
            String name = article.id() + ".md";
            writeArticle(article.id(), new ArticleWriter().format(article));
            return name;
        }
        if (lower.endsWith(".jsonl")) {
            checkCorpus(fileName, content);
            ensure();
            put(fileName, content);
            return fileName;
        }
        throw CandidateException.invalid("unsupported_file", "Upload a Markdown article (.md), an HTML page (.html) or a JSONL corpus (.jsonl).");
    }

    /** Reads a corpus on its own, in a scratch folder, and refuses it when the loader would skip it. */
    private void checkCorpus(String fileName, String content) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("candidate-corpus");
            Files.writeString(scratch.resolve(fileName), content, StandardCharsets.UTF_8);
            List<String> problems = loader.load(scratch).problems().stream().map(p -> p.reason()).toList();
            if (!problems.isEmpty()) {
                throw CandidateException.invalid("invalid_corpus", "The corpus cannot be read: " + problems.getFirst() + ".");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                delete(scratch);
            }
        }
    }

    /** Makes the live folder hold exactly the candidate's library files. */
    void publishTo(Path target) {
        try {
            List<Path> files = libraryFiles(copy);
            Set<String> names = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
            for (Path f : files) {
                Path part = target.resolve(f.getFileName() + ".part");
                Files.copy(f, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                ArticleWriter.moveIntoPlace(part, target.resolve(f.getFileName()));
            }
            for (Path old : libraryFiles(target)) {
                if (!names.contains(old.getFileName().toString())) {
                    Files.delete(old);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the candidate into the knowledge folder failed", e);
        }
    }

    /** Deletes the copy. */
    void discard() {
        delete(copy);
    }

    private void put(String name, String content) {
        try {
            Path part = copy.resolve(name + ".part");
            Files.writeString(part, content, StandardCharsets.UTF_8);
            ArticleWriter.moveIntoPlace(part, copy.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void checkId(String id) {
        if (id == null || id.length() > 120 || !ID.matcher(id).matches()) {
            throw CandidateException.invalid("invalid_article_id", "An article id is lower-case words joined by hyphens, e.g. low-platelets.");
        }
    }

    private static void checkSize(String content) {
        if (content == null || content.isBlank()) {
            throw CandidateException.invalid("empty_file", "The article or file is empty.");
        }
        if (content.length() > MAX_FILE_CHARS) {
            throw CandidateException.invalid("file_too_large", "An article or upload may have at most " + MAX_FILE_CHARS + " characters.");
        }
    }

    private static List<Path> libraryFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> isLibraryFile(p.getFileName().toString())).sorted().toList();
        }
    }

    private static boolean isLibraryFile(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".md") && !name.equalsIgnoreCase("README.md");
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
