/** Patients' thumbs up/down on answers: the record, its validation, and where it is kept (no message text). */
package org.healthlibrary.assistant.feedback;
