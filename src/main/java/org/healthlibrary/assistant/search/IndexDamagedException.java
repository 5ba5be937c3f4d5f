package org.healthlibrary.assistant.search;

/**
 * A query met a damaged index file: the index is being rebuilt from the knowledge folder, and
 * the query is answered like one that arrives before the index is open (503, try again).
 */
public class IndexDamagedException extends IndexNotReadyException {

    public IndexDamagedException() {
        super("The health library is being repaired. Try again in a minute.");
    }
}
