/** The REST chat API ({@code POST /api/chat}): request validation, sessions, and the response contract. */
package org.healthlibrary.assistant.chat;
