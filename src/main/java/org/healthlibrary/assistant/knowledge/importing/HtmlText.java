package org.healthlibrary.assistant.knowledge.importing;

/**
 * Text of an HTML page as a reader sees it: runs of white space (non-breaking spaces included)
 * become one space, invisible characters (soft hyphens, zero-width spaces, byte-order marks)
 * are dropped, and the ends are trimmed. Stateless and thread-safe.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String normal(String s) {
        return s.replace('\u00a0', ' ').replaceAll("[\u00ad\u200b\u200c\u200d\ufeff]", "").replaceAll("\\s+", " ").strip();
    }
}
