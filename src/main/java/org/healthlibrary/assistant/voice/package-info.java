/** The Alexa voice channel: request verification, intent handlers and SSML speech over the shared answer pipeline. */
package org.healthlibrary.assistant.voice;
