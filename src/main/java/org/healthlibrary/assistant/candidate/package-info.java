/**
 * Checking a library change before patients see it: an editor's article edits and imports go
 * to a candidate copy of the knowledge folder, which is indexed in the background in a folder of
 * its own (never served); every suite then runs on the live and the candidate library side by
 * side; an admin publishes the candidate (refused while a must-pass case fails or the library
 * would shrink too much, unless overridden with a written reason) the way a reindex publishes.
 * No HTTP types.
 */
package org.healthlibrary.assistant.candidate;
