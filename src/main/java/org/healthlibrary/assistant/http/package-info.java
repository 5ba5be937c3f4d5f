/**
 * The HTTP layer shared by every endpoint: each failure becomes a JSON {@code {error, message}}
 * body (our {@link org.healthlibrary.assistant.http.ApiException}, the framework's rejections,
 * Bean Validation violations, the domain's {@code search.IndexNotReadyException}), the
 * disclaimer gate that fills in every {@code safety.Disclaimed} body on its way out, and the
 * request log. It may import the domain; no domain package imports it.
 */
package org.healthlibrary.assistant.http;
