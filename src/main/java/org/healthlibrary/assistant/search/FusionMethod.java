package org.healthlibrary.assistant.search;

/** How the BM25 and dense rankings of one query are combined into one. */
public enum FusionMethod {
    /** Min-max normalised scores, added with weights. */
    WEIGHTED,
    /** Reciprocal rank fusion: the sum of 1 / (k + rank) over both rankings. */
    RRF
}
