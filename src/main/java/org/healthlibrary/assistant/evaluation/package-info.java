/**
 * Regression suites: cases (a message or a conversation, the expected outcome, acceptable first
 * citations, phrases the answer must or must not contain, the expected lab pattern and urgency),
 * stored in the database, exported and imported as YAML, run against the answer pipeline with
 * pass/fail per case and the difference from the previous run. No HTTP types.
 */
package org.healthlibrary.assistant.evaluation;
