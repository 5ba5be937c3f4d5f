package org.healthlibrary.assistant.answer.model;

/**
 * Collects a streamed answer and tells where its complete sentences end, so that text is
 * released a sentence at a time, after the guardrails have seen it. Not thread-safe: one per
 * stream, fed in order.
 */
final class SentenceBuffer {

    private final StringBuilder text = new StringBuilder();
    private int released;

    /** Adds a piece of the answer. */
    void append(String piece) {
        text.append(piece);
    }

    /** Everything received so far. */
    String text() {
        return text.toString();
    }

    /**
     * The end of the last complete sentence not yet released (after its ".", "!" or "?" and
     * the following space or line break), or -1 when no new sentence is complete.
     */
    int completeEnd() {
        for (int i = text.length() - 2; i >= released; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The text from the last release up to {@code end}, now released. */
    String release(int end) {
        String piece = text.substring(released, end);
        released = end;
        return piece;
    }

    /** The text not yet released. */
    String rest() {
        return text.substring(released);
    }
}
