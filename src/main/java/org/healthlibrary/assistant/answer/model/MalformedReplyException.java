package org.healthlibrary.assistant.answer.model;

/** The model replied, but with nothing usable: no text, or an answer cut off at the token limit. */
public class MalformedReplyException extends RuntimeException {

    public MalformedReplyException(String message) {
        super(message);
    }
}
