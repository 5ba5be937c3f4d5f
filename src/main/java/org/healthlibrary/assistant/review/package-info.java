/**
 * What staff review after the fact: answer traces retained in the database for
 * {@code assistant.console.trace-retention}, and the "gaps" (unknown medical terms of questions the
 * library could not answer, counted per ISO week, never the message).
 */
package org.healthlibrary.assistant.review;
