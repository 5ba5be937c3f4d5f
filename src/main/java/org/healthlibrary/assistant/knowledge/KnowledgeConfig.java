package org.healthlibrary.assistant.knowledge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the health library's articles are read from. */
@ConfigMapping(prefix = "assistant.knowledge")
public interface KnowledgeConfig {

    /**
     * Folder of Markdown articles with YAML front matter, one file per article
     * ({@code <id>.md}), plus any {@code *.jsonl} passage corpora (see {@link JsonlPassageReader}).
     * Relative paths resolve against the working directory.
     */
    @WithDefault("knowledge")
    String path();
}
