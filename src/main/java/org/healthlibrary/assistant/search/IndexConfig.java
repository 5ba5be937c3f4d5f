package org.healthlibrary.assistant.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the Lucene index lives on disk. */
@ConfigMapping(prefix = "assistant.index")
public interface IndexConfig {

    /**
     * Folder holding the index generations and the {@code CURRENT} pointer. Created when
     * missing. Relative paths resolve against the working directory.
     */
    @WithDefault("data/index")
    String path();

    /**
     * How long start-up waits for the index to open or build. The shipped library builds in a
     * few seconds, so the service starts ready; a first build of a large library (16,000
     * passages: about 2.5 minutes of embedding) goes on in the background after this, with
     * readiness DOWN and searches answered 503 until it is done, so the service is up, its
     * health endpoints answer and emergencies are still answered meanwhile.
     */
    @WithDefault("20s")
    Duration startWait();

    /**
     * Largest share of the serving library's articles a reindex may remove (0.5: a reindex that
     * would leave fewer than half of them, an empty knowledge folder included, is refused and the
     * current library keeps serving). {@code POST /api/admin/reindex?force=true} builds it anyway.
     */
    @WithDefault("0.5")
    double maxShrink();
}
