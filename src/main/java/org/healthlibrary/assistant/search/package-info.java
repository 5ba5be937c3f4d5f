/**
 * Lucene search over the library's passages: analysis with a lay/clinical synonym map, the
 * on-disk index and its lifecycle (build when the library changed, swap generations, one
 * {@code SearcherManager}), boosted multi-field queries with section steering, and highlighting.
 */
package org.healthlibrary.assistant.search;
