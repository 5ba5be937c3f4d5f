/**
 * Entry point to the CBC classifier: the {@code POST /api/cbc} REST endpoint (the model's tool
 * is {@code answer.model.CbcTool}, since nothing may depend on an entry point). Thin: validate, call {@link
 * org.healthlibrary.assistant.cbc.CbcInterpreter}, map the report. Patient text and values are
 * never logged.
 */
package org.healthlibrary.assistant.labs;
