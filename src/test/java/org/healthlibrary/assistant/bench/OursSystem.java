package org.healthlibrary.assistant.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthlibrary.assistant.knowledge.Article;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.Slugs;
import org.healthlibrary.assistant.search.LibraryIndex;
import org.healthlibrary.assistant.search.PassageSearch;
import org.healthlibrary.assistant.search.SearchHit;
import org.healthlibrary.assistant.search.SearchSettings;

/**
 * The service's retrieval, through the service's own code: each corpus line becomes a
 * single-section article (id slugged from the line's id, body {@code ## Overview} then the
 * text, the title empty when titles are left out), the library is indexed by
 * {@link LibraryIndex#rebuild()} (chunking, BM25 fields, embeddings with the cache, HNSW) and
 * queried by {@link PassageSearch#search} (spelling fixes, synonyms, hybrid first stage,
 * reranker, coverage, snippets), exactly as {@code /api/search} does.
 */
final class OursSystem implements RetrievalSystem {

    private final Path indexDir;
    private final Path embeddingsDir;
    private final SearchSettings settings;
    private final Map<String, String> lineIdOfArticle = new HashMap<>();
    private LibraryIndex index;
    private PassageSearch search;

    OursSystem(Path indexDir, Path embeddingsDir, SearchSettings settings) {
        this.indexDir = indexDir;
        this.embeddingsDir = embeddingsDir;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "ours";
    }

    @Override
    public void index(List<BenchCorpus.Doc> docs, boolean withTitle) throws Exception {
        Library library = library(docs, withTitle);
        index = new LibraryIndex(() -> library, embeddingsDir, indexDir, settings);
        LibraryIndex.RebuildReport report = index.rebuild();
        search = new PassageSearch(index);
        System.out.printf("  ours: %d articles, %d passages%n", report.articles(), report.passages());
    }

    private Library library(List<BenchCorpus.Doc> docs, boolean withTitle) throws Exception {
        List<Article> articles = new ArrayList<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((byte) (withTitle ? 1 : 0));
        for (BenchCorpus.Doc d : docs) {
            String id = Slugs.of(d.id());
            for (int n = 2; lineIdOfArticle.containsKey(id); n++) {
                id = Slugs.of(d.id()) + "-" + n;
            }
            lineIdOfArticle.put(id, d.id());
            String body = "## Overview\n\n" + d.text() + "\n";
            articles.add(new Article(id, withTitle ? d.title() : "", d.url(), null, "", List.of(), List.of(), List.of(),
                    body));
            sha.update(d.id().getBytes(StandardCharsets.UTF_8));
            sha.update(d.content(withTitle).getBytes(StandardCharsets.UTF_8));
        }
        articles.sort(java.util.Comparator.comparing(Article::id));
        return new Library(articles, List.of(), HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public List<String> search(String question) {
        Set<String> ids = new LinkedHashSet<>();
        for (SearchHit hit : search.search(question, 12).hits()) {
            ids.add(lineIdOfArticle.get(hit.passage().articleId()));
            if (ids.size() == 10) {
                break;
            }
        }
        return List.copyOf(ids);
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
        }
    }
}
