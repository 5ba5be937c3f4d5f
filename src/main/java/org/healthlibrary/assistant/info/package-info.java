/** {@code GET /api/info}: which answering mode is active and which library and embedding model are loaded. */
package org.healthlibrary.assistant.info;
