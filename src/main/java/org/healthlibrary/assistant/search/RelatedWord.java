package org.healthlibrary.assistant.search;

/**
 * A library heading word read in place of a patient's word the library lacks, because the two
 * mean nearly the same ({@link LibraryMeanings}): "exercise" for "gym". Shown in the answer's
 * trace, so staff see what a question was read as. Immutable.
 *
 * @param word       the heading word as written (lower case)
 * @param stem       its indexed term
 * @param similarity the cosine of the two words' embeddings (0..1 in practice)
 */
public record RelatedWord(String word, String stem, double similarity) {

    /** "exercise 0.62": the word and its similarity, as the trace shows it. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s %.2f", word, similarity);
    }
}
