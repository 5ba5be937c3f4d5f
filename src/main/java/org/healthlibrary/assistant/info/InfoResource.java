package org.healthlibrary.assistant.info;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.healthlibrary.assistant.answer.AnswerWording;
import org.healthlibrary.assistant.answer.model.ModelConfig;
import org.healthlibrary.assistant.knowledge.Library;
import org.healthlibrary.assistant.knowledge.SectionChunker;
import org.healthlibrary.assistant.publishing.VersionFollower;
import org.healthlibrary.assistant.search.LibraryIndex;

/**
 * {@code GET /api/info}: the active answering mode, the model's name in model mode, the loaded
 * library (articles, passages, content hash), the embedding model ({@code none} until
 * retrieval uses one) and the library version served and published (several replicas). For
 * operators and the staff console; a 503 until the index is open.
 */
@Path("/api/info")
public class InfoResource {

    /** The retrieval setting that names the embedding model, when hybrid retrieval is configured. */
    static final String EMBEDDING_MODEL_KEY = "assistant.search.embedding-model";

    private final AnswerWording wording;
    private final ModelConfig model;
    private final LibraryIndex index;
    private final VersionFollower versions;
    private final SectionChunker chunker = new SectionChunker();

    public InfoResource(AnswerWording wording, ModelConfig model, LibraryIndex index, VersionFollower versions) {
        this.wording = wording;
        this.versions = versions;
        this.model = model;
        this.index = index;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ServiceInfo info() {
        String mode = wording.mode();
        Library library = index.library();
        int passages = library.articles().stream().mapToInt(a -> chunker.chunk(a).size()).sum();
        String embedding = ConfigProvider.getConfig().getOptionalValue(EMBEDDING_MODEL_KEY, String.class).orElse("none");
        return new ServiceInfo(mode, "model".equals(mode) ? model.name() : null,
                new ServiceInfo.LibraryInfo(library.articles().size(), passages, library.contentHash()), embedding,
                versions.status());
    }
}
