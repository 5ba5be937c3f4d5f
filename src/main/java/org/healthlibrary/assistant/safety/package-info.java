/**
 * Patient-safety rules, all deterministic: the disclaimer gate, scope checks, red flags and
 * what may never be said. Every channel passes through these; no user text can switch them off.
 */
package org.healthlibrary.assistant.safety;
