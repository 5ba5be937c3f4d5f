package org.healthlibrary.assistant.search;

/** Plain-text snippet helpers for when the highlighter finds nothing to mark. */
public final class Snippets {

    private static final int MAX = 220;

    private Snippets() {
    }

    /** The start of {@code text}, cut at a word boundary near {@link #MAX} characters. */
    public static String lead(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= MAX) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', MAX);
        return flat.substring(0, cut > 0 ? cut : MAX) + " …";
    }
}
