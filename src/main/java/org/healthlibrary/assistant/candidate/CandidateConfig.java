package org.healthlibrary.assistant.candidate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where a candidate library (an unpublished change made in the console) is kept, and how publishing is guarded. */
@ConfigMapping(prefix = "assistant.candidate")
public interface CandidateConfig {

    /**
     * Folder of the candidate: its copy of the knowledge folder ({@code <path>/knowledge}) and its
     * index ({@code <path>/index}). Created on the first edit, deleted when the candidate is
     * published or discarded. Relative paths resolve against the working directory.
     */
    @WithDefault("data/candidate")
    String path();

    /**
     * Fewest characters of the written reason an admin must give to publish a candidate that a
     * guard refuses (a must-pass case fails on it, or it drops more than
     * {@code assistant.index.max-shrink} of the articles). The reason goes to the audit log.
     */
    @WithDefault("20")
    int minReasonLength();
}
