/**
 * Composing an answer: the safety screen first, then lab values, then retrieval, the evidence
 * gate and the extractive composer (the default, no model), with citations and a trace of how
 * each answer was decided.
 */
package org.healthlibrary.assistant.answer;
