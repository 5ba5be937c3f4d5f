/**
 * One class per kind of draft: lab values, a passage the gate let through, a comparison of two
 * topics, a false premise corrected on its own, and the pronoun follow-up; each decides content
 * (typed notices, library sentences, citations), never wording.
 */
package org.healthlibrary.assistant.answer.compose;
