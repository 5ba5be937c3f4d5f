/** Operator endpoints (reindexing the library), closed to anonymous callers by a configured API key. */
package org.healthlibrary.assistant.admin;
