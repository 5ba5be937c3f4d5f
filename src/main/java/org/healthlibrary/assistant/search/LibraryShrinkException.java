package org.healthlibrary.assistant.search;

/**
 * A reindex was refused because the new library would be much smaller than the one serving
 * (an empty or half-copied knowledge folder, a wrong path): more than
 * {@code assistant.index.max-shrink} of its articles would disappear. The current library keeps
 * serving; a reindex with {@code force} builds it anyway. The message names counts only.
 */
public class LibraryShrinkException extends RuntimeException {

    public LibraryShrinkException(int serving, int found, double maxShrink) {
        super("Refused: the knowledge folder has " + found + " articles and the library serving has " + serving
                + "; a reindex may remove at most " + Math.round(maxShrink * 100) + "% of the articles"
                + " (assistant.index.max-shrink). Check the folder, or reindex with force=true.");
    }
}
