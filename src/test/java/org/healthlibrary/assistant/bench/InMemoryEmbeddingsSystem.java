package org.healthlibrary.assistant.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.healthlibrary.assistant.search.EmbeddingCache;
import org.healthlibrary.assistant.search.EmbeddingModelChoice;

/**
 * The embedding baseline, set up as the quarkus-langchain4j easy-rag extension does by
 * default: documents split by {@code DocumentSplitters.recursive(300, 30, tokenizer)}, each
 * segment embedded by LangChain4j's stock in-process model class, stored in an
 * {@link InMemoryEmbeddingStore} and retrieved by {@link EmbeddingStoreContentRetriever}
 * (cosine, exhaustive). Two departures, both needed to measure it: segments keep their
 * passage id as metadata, and the retriever returns 40 segments (easy-rag returns 5) so that
 * ten distinct passages can be ranked. Segment embeddings are cached like ours.
 */
final class InMemoryEmbeddingsSystem implements RetrievalSystem {

    private static final String ID = "id";
    private static final int BATCH = 256;

    private final EmbeddingModelChoice choice;
    private final Path cacheDir;
    private EmbeddingModel model;
    private ContentRetriever retriever;
    private int segments;

    InMemoryEmbeddingsSystem(EmbeddingModelChoice choice, Path cacheDir) {
        this.choice = choice;
        this.cacheDir = cacheDir;
    }

    @Override
    public String name() {
        return "inmemory-embeddings";
    }

    @Override
    public void index(List<BenchCorpus.Doc> docs, boolean withTitle) throws Exception {
        model = choice == EmbeddingModelChoice.BGE_SMALL_EN_V15_Q ? new BgeSmallEnV15QuantizedEmbeddingModel()
                : new AllMiniLmL6V2QuantizedEmbeddingModel();
        DocumentSplitter splitter = DocumentSplitters.recursive(300, 30, new HuggingFaceTokenCountEstimator());
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<TextSegment> pending = new ArrayList<>();
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir, "easy-rag-" + choice.id(), 384)) {
            for (BenchCorpus.Doc d : docs) {
                pending.addAll(splitter.split(Document.from(d.content(withTitle), Metadata.from(ID, d.id()))));
                if (pending.size() >= BATCH) {
                    add(store, pending, cache);
                }
            }
            add(store, pending, cache);
        }
        retriever = EmbeddingStoreContentRetriever.builder().embeddingStore(store).embeddingModel(model)
                .maxResults(40).build();
        System.out.printf("  inmemory-embeddings: %d passages as %d segments%n", docs.size(), segments);
    }

    private void add(InMemoryEmbeddingStore<TextSegment> store, List<TextSegment> batch, EmbeddingCache cache)
            throws java.io.IOException {
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> missing = new ArrayList<>();
        for (TextSegment s : batch) {
            float[] v = cache.get(s.text());
            embeddings.add(v == null ? null : Embedding.from(v));
            if (v == null) {
                missing.add(s);
            }
        }
        if (!missing.isEmpty()) {
            List<Embedding> fresh = model.embedAll(missing).content();
            int j = 0;
            for (int i = 0; i < batch.size(); i++) {
                if (embeddings.get(i) == null) {
                    embeddings.set(i, fresh.get(j++));
                    cache.put(batch.get(i).text(), embeddings.get(i).vector());
                }
            }
            cache.flush();
        }
        store.addAll(embeddings, batch);
        segments += batch.size();
        batch.clear();
    }

    @Override
    public List<String> search(String question) {
        Set<String> ids = new LinkedHashSet<>();
        for (Content c : retriever.retrieve(Query.from(question))) {
            ids.add(c.textSegment().metadata().getString(ID));
            if (ids.size() == 10) {
                break;
            }
        }
        return List.copyOf(ids);
    }

    @Override
    public void close() {
        retriever = null;
    }
}
