package org.healthlibrary.assistant.knowledge;

/**
 * An article file, or a line of a JSONL corpus, that was skipped, and why.
 *
 * @param file   the file name relative to the library folder
 * @param reason what is wrong, in words an editor can act on; {@code "line N: ..."} for a JSONL line
 */
public record LoadProblem(String file, String reason) {
}
