package org.healthlibrary.assistant.knowledge;

/**
 * A public source an article's facts were drawn from, as named in its front matter.
 *
 * @param title the source's title, e.g. "Anemia - MedlinePlus"
 * @param url   where the source can be read
 */
public record Source(String title, String url) {
}
