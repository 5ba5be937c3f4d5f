/**
 * Complete blood count (CBC) interpretation, deterministic and model-free: extraction of lab
 * values from free text, unit normalisation, reference ranges, CTCAE v5.0 grades, patterns and
 * urgency, following {@code docs/cbc-rules.md} and CLINICAL-REFERENCE sections 1-4. Plain Java
 * with no framework (only {@link org.healthlibrary.assistant.cbc.CbcInterpreterProducer} is CDI,
 * to make the interpreter injectable, and the sentences are a Qute message bundle); every type is
 * immutable and thread-safe. Entry point: {@link org.healthlibrary.assistant.cbc.CbcInterpreter}.
 *
 * <p>The only home of clinical thresholds: {@link org.healthlibrary.assistant.cbc.FeverThresholds}
 * (fever 38.0 C / 100.4 F; ANC, or WBC when the ANC is unknown, below 1.0 x10^9/L),
 * {@link org.healthlibrary.assistant.cbc.UrgencyRules}, the ranges and grades. Other packages
 * read facts, not numbers: {@link org.healthlibrary.assistant.cbc.ClinicalFacts} (measured
 * fever, low white cells, chemotherapy) for the safety screen, and
 * {@link org.healthlibrary.assistant.cbc.CbcReport#lowWhiteCellsForFever()}. Text is read
 * through {@code knowledge.TextNormalizer}; analyte names come from {@code knowledge/analytes.txt}.
 *
 * <p>Sentences are in a message bundle: every sentence of a report (summary templates, urgency
 * reasons, clarifying questions, assumptions, the names of the ranges and the rule set) comes
 * from the Qute bundle {@link org.healthlibrary.assistant.cbc.CbcMessages} ({@code cbc}), which
 * {@link org.healthlibrary.assistant.cbc.CbcInterpreter} takes in its constructor; the rules
 * decide and pass numbers and names, and never word. The bundle is the package's only Quarkus
 * type besides the producer; plain unit tests use its English defaults.
 */
package org.healthlibrary.assistant.cbc;
