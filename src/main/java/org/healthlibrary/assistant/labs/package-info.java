/**
 * Entry points to the CBC classifier: the {@code POST /api/cbc} REST endpoint and the
 * LangChain4j tool for model mode. Thin: validate, call {@link
 * org.healthlibrary.assistant.cbc.CbcInterpreter}, map the report. Patient text and values are
 * never logged.
 */
package org.healthlibrary.assistant.labs;
