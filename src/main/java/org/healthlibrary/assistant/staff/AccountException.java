package org.healthlibrary.assistant.staff;

/**
 * A request about accounts that cannot be carried out (a user name taken, a password too short,
 * the last admin removed). The entry point maps it to a 4xx with {@link #code()} and the message.
 */
public class AccountException extends RuntimeException {

    private final String code;
    private final boolean conflict;

    AccountException(String code, String message, boolean conflict) {
        super(message);
        this.code = code;
        this.conflict = conflict;
    }

    /** A stable error code, e.g. {@code username_taken}. */
    public String code() {
        return code;
    }

    /** True when the request clashes with stored state (409), false when it is malformed (400). */
    public boolean conflict() {
        return conflict;
    }
}
