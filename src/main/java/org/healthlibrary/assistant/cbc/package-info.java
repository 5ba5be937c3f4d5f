/**
 * Complete blood count (CBC) interpretation, deterministic and model-free: extraction of lab
 * values from free text, unit normalisation, reference ranges, CTCAE v5.0 grades, patterns and
 * urgency, following {@code docs/cbc-rules.md} and CLINICAL-REFERENCE sections 1-4. Plain Java
 * with no framework (only {@link org.healthlibrary.assistant.cbc.CbcInterpreterProducer} is CDI,
 * to make the interpreter injectable); every type is immutable and thread-safe. Entry point:
 * {@link org.healthlibrary.assistant.cbc.CbcInterpreter}.
 */
package org.healthlibrary.assistant.cbc;
