package org.healthlibrary.assistant.search;

/**
 * Why the library index is not serving, as short stable codes for readiness and logs: never a
 * path or an exception's text, which would tell anyone who asks about the machine.
 */
public final class IndexReasons {

    /** Start-up has not finished opening the index yet. */
    public static final String OPENING = "opening";
    /** The index is being built (first start, or the articles changed). */
    public static final String BUILDING = "building";
    /** A damaged index was found (at start-up or by a query) and is being rebuilt from the knowledge folder. */
    public static final String REBUILDING_DAMAGED = "rebuilding_damaged_index";
    /** Rebuilding a damaged index failed too; an operator must look at the logs. */
    public static final String REPAIR_FAILED = "repair_failed";
    /** The index could neither be opened nor built; see the logs. */
    public static final String OPEN_FAILED = "open_failed";
    /** The knowledge folder lost too many articles to build from it without force (assistant.index.max-shrink). */
    public static final String LIBRARY_SHRANK = "library_shrank";
    /** The library serving has no articles: every library question would be answered "not in our library". */
    public static final String LIBRARY_EMPTY = "library_empty";

    private IndexReasons() {
    }
}
