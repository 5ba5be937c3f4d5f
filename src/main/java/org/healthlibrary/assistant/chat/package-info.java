/**
 * The REST chat API ({@code POST /api/chat}, {@code POST /api/chat/stream}): request validation
 * (Bean Validation for a missing body or message, {@code ChatValidation} for the rest), sessions
 * in a bounded, expiring Caffeine cache, and the response contract.
 */
package org.healthlibrary.assistant.chat;
