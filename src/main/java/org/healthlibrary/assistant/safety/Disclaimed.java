package org.healthlibrary.assistant.safety;

/**
 * A response body that carries the "see your provider" disclaimer. Bodies are built without
 * it; the HTTP layer's {@code http.DisclaimerGate} attaches it to every such body on its way
 * out, so there is exactly one place where the disclaimer is added and no path can forget it.
 */
public interface Disclaimed {

    /** The disclaimer currently attached, or {@code null} before the gate has run. */
    String disclaimer();

    /** A copy of this body with the given disclaimer attached. */
    Disclaimed withDisclaimer(String text);
}
