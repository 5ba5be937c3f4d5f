/**
 * Lucene search over the library's passages: analysis with a lay/clinical synonym map
 * ({@code search/synonyms.txt} plus one group per blood count line of the shared
 * {@code knowledge/analytes.txt}; spelling slips fixed by {@code SlipWords} against question
 * words and the library's topic words), the
 * on-disk index and its lifecycle (build when the library changed, swap generations, one
 * {@code SearcherManager}), boosted multi-field queries with section steering, and highlighting.
 */
package org.healthlibrary.assistant.search;
