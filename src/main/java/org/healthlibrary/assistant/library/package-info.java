/**
 * The library's read-only REST endpoints: {@code GET /api/search} (raw retrieval with
 * highlighted snippets) and {@code GET /api/articles} (the articles in the live index and the
 * files that were skipped). Thin: check the query, call {@code search}, map the hits.
 */
package org.healthlibrary.assistant.library;
