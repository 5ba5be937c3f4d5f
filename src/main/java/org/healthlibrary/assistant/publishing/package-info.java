/**
 * One library version across replicas: a reindex records the version it published in the
 * database, and every replica follows the newest recorded version, rebuilding it from its
 * knowledge folder in the background and saying when it cannot.
 */
package org.healthlibrary.assistant.publishing;
