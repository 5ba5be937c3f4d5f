/**
 * The health library as data: articles with their front matter, the readers that load them
 * from disk (Markdown articles and JSONL passage corpora), the writer that saves them in the
 * same format, the editorial checks (front matter, reading grade, links, review date), and the
 * chunking of each article into citable passages by section and question. Importing from
 * outside (web pages, corpora) is in the {@code importing} subpackage.
 *
 * <p>It is also the one home of the text handling every package shares:
 * {@link org.healthlibrary.assistant.knowledge.TextNormalizer} (character folding: NFKC,
 * Arabic-Indic digits, zero-width characters, quotes, dashes, blanks, lower case),
 * {@link org.healthlibrary.assistant.knowledge.Sentences} (the sentence splitter, for prose and
 * for message clauses) and {@link org.healthlibrary.assistant.knowledge.AnalyteVocabulary} (the
 * one list of blood count names, {@code knowledge/analytes.txt}, read by {@code cbc} and turned
 * into synonyms by {@code search}).
 * No framework types except the {@link org.healthlibrary.assistant.knowledge.KnowledgeConfig} mapping.
 */
package org.healthlibrary.assistant.knowledge;
