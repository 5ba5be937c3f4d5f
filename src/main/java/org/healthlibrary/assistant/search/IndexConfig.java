package org.healthlibrary.assistant.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the Lucene index lives on disk. */
@ConfigMapping(prefix = "assistant.index")
public interface IndexConfig {

    /**
     * Folder holding the index generations and the {@code CURRENT} pointer. Created when
     * missing. Relative paths resolve against the working directory.
     */
    @WithDefault("data/index")
    String path();
}
