/** HTTP error mapping shared by every endpoint: each failure becomes a JSON {@code {error, message}} body. */
package org.healthlibrary.assistant.http;
