package org.healthlibrary.assistant.voice;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves the test PKI's chains by file name under {@link TestPki#URL_BASE}, counting fetches; 404 otherwise. */
class StubCertificateFetcher implements CertificateFetcher {

    final AtomicInteger fetches = new AtomicInteger();

    @Override
    public byte[] fetch(URI url) throws IOException {
        fetches.incrementAndGet();
        String s = url.toString();
        byte[] chain = s.startsWith(TestPki.URL_BASE) ? TestPki.shared().chain(s.substring(TestPki.URL_BASE.length())) : null;
        if (chain == null) {
            throw new IOException("HTTP 404 for the certificate chain");
        }
        return chain;
    }
}
