package org.healthlibrary.assistant.answer;

/** How a message was handled. Part of the public chat contract: values are never renamed. */
public enum Outcome {
    /** Answered from library passages, with citations. */
    ANSWERED,
    /** Lab values were interpreted by the CBC classifier. */
    LAB_RESULT,
    /** A red flag was found: emergency guidance only. */
    EMERGENCY,
    /** A health question the library does not answer well enough. */
    NOT_IN_LIBRARY,
    /** Not a health question. */
    OUT_OF_SCOPE,
    /** Something must be asked before answering (e.g. a lab value's unit). */
    NEEDS_CLARIFICATION
}
