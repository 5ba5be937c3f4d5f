/**
 * The health library as data: articles with their front matter, the readers that load them
 * from disk (Markdown articles and JSONL passage corpora), the writer that saves them in the
 * same format, the editorial checks (front matter, reading grade, links, review date), and the
 * chunking of each article into citable passages by section and question. Importing from
 * outside (web pages, corpora) is in the {@code importing} subpackage.
 * No framework types except the {@link org.healthlibrary.assistant.knowledge.KnowledgeConfig} mapping.
 */
package org.healthlibrary.assistant.knowledge;
