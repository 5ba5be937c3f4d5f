package org.healthlibrary.assistant.knowledge;

/**
 * An article file that was skipped, and why.
 *
 * @param file   the file name relative to the library folder
 * @param reason what is wrong, in words an editor can act on
 */
public record LoadProblem(String file, String reason) {
}
