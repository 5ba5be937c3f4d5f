package org.healthlibrary.assistant.voice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Set;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Loads the root certificates Alexa's signing chain must lead to. Stateless. */
final class TrustedRoots {

    private TrustedRoots() {
    }

    /** The roots in a PEM file; fails with a message naming the file when it is missing or holds none. */
    static Set<TrustAnchor> fromPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                anchors.add(new TrustAnchor((X509Certificate) cert, null));
            }
            if (anchors.isEmpty()) {
                throw new IllegalStateException("assistant.alexa.trusted-roots: " + file + " holds no PEM certificate");
            }
            return Set.copyOf(anchors);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("assistant.alexa.trusted-roots: cannot read certificates from " + file
                    + ": " + e.getMessage(), e);
        }
    }

    /** The JVM's default trust store (the same roots HTTPS clients trust). */
    static Set<TrustAnchor> jvmDefault() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            Set<TrustAnchor> anchors = new HashSet<>();
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    for (X509Certificate root : x509.getAcceptedIssuers()) {
                        anchors.add(new TrustAnchor(root, null));
                    }
                }
            }
            if (anchors.isEmpty()) {
                throw new IllegalStateException("The JVM trust store holds no root certificates; "
                        + "set assistant.alexa.trusted-roots to a PEM file of trusted roots");
            }
            return Set.copyOf(anchors);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the JVM trust store: " + e.getMessage(), e);
        }
    }
}
