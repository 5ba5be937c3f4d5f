package org.healthlibrary.assistant.voice;

import java.io.IOException;
import java.net.URI;

/**
 * Downloads Alexa's signing certificate chain (PEM). An interface so that tests serve a test
 * chain without a network. Called only with URLs that passed {@link CertChainUrl}; the result
 * is validated and cached by {@link SigningCertificates}. Implementations must be thread-safe.
 */
public interface CertificateFetcher {

    /**
     * The content at {@code url}.
     *
     * @throws IOException when it cannot be downloaded (network error, non-200 status, too large)
     */
    byte[] fetch(URI url) throws IOException;
}
