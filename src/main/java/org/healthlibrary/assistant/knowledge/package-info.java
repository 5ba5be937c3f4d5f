/**
 * The health library as data: articles with their front matter, the readers that load them
 * from disk, and the chunking of each article into citable passages by section and question.
 * No framework types except the {@link org.healthlibrary.assistant.knowledge.KnowledgeConfig} mapping.
 */
package org.healthlibrary.assistant.knowledge;
