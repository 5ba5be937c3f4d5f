/**
 * Guardrails on a model's answer, one rule per class: no diagnosis of the person, no medicine
 * dose, no number the passages or lab report do not contain, no leaving the passages' topic.
 * A failed check replaces the model's answer with the extractive one.
 */
package org.healthlibrary.assistant.answer.model.guard;
