/**
 * Taking a hospital's health library in from outside: saved CMS web pages converted to
 * Markdown articles (jsoup, configurable selectors, boilerplate removal), JSONL passage
 * corpora validated and normalised, a report of what was imported and skipped, and the
 * {@link org.healthlibrary.assistant.knowledge.importing.ImportCommand} that runs it.
 * Depends on {@code knowledge}; nothing depends on this package.
 */
package org.healthlibrary.assistant.knowledge.importing;
