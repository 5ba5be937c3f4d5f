package org.healthlibrary.assistant.info;

import org.healthlibrary.assistant.publishing.VersionStatus;

/**
 * The body of {@code GET /api/info}. Nothing secret: no URL, no key.
 *
 * @param mode           {@code extractive} or {@code model}
 * @param model          the model's name in model mode, else null
 * @param library        the loaded library
 * @param embeddingModel the embedding model used for retrieval, or {@code none}
 * @param version        the library version served and the one published for every replica
 */
public record ServiceInfo(String mode, String model, LibraryInfo library, String embeddingModel,
                          VersionStatus version) {

    /**
     * The library the live index was built from.
     *
     * @param articles    usable articles
     * @param passages    passages indexed (sections and common questions)
     * @param contentHash SHA-256 over the library's files; changes with any article
     */
    public record LibraryInfo(int articles, int passages, String contentHash) {
    }
}
