/** The audit log: every console action by a person (who, what, when), stored in the database; never patient text. */
package org.healthlibrary.assistant.audit;
