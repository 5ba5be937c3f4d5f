/**
 * Conversation state between messages, in memory (one machine) or in the database (several
 * replicas, so the next message may reach any of them), the model's chat memory in the database,
 * and the scheduled job that deletes what has expired.
 */
package org.healthlibrary.assistant.conversation;
