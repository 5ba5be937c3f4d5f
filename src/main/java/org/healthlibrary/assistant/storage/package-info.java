/**
 * The console's database: which one is used (embedded H2 by default, PostgreSQL in production,
 * chosen at start-up by {@code assistant.db.kind}), and the Hibernate session of that one.
 */
package org.healthlibrary.assistant.storage;
