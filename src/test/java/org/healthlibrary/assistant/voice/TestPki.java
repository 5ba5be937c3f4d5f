package org.healthlibrary.assistant.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test PKI made at test time, shaped like Alexa's: a root CA, an intermediate CA and a signing
 * certificate for {@code echo-api.amazon.com}; plus an expired one, one not valid yet, one
 * issued to another name, and one from an untrusted root. Written once per JVM to a temporary
 * directory named by the system property {@value #DIR_PROPERTY}, so that the Quarkus test
 * profile, the test fetcher bean and the tests (possibly in different class loaders) share it.
 */
public final class TestPki {

    static final String DIR_PROPERTY = "voice.test.pki";
    static final String URL_BASE = "https://s3.amazonaws.com/echo.api/";

    /** The chains the test fetcher serves, by file name under {@link #URL_BASE}. */
    static final String VALID = "echo-api-cert-test.pem";
    static final String VALID_WITH_ROOT = "echo-api-cert-with-root.pem";
    static final String EXPIRED = "expired.pem";
    static final String NOT_YET_VALID = "not-yet-valid.pem";
    static final String WRONG_NAME = "wrong-name.pem";
    static final String UNTRUSTED = "untrusted.pem";

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private static TestPki shared;

    private final Path dir;

    private TestPki(Path dir) {
        this.dir = dir;
    }

    /** The PKI of this JVM, made on first use. */
    public static synchronized TestPki shared() {
        if (shared == null) {
            String existing = System.getProperty(DIR_PROPERTY);
            shared = new TestPki(existing != null ? Path.of(existing) : generate());
        }
        return shared;
    }

    /** The PEM file of the trusted test root. */
    public Path rootPem() {
        return dir.resolve("root.crt");
    }

    /** The PEM content served for a chain file name, or {@code null} for an unknown name. */
    public byte[] chain(String name) {
        Path file = dir.resolve("chains").resolve(name);
        return Files.exists(file) ? read(file) : null;
    }

    /** The URL under which a chain is served. */
    static String url(String name) {
        return URL_BASE + name;
    }

    /** The private key of the valid signing certificate. */
    public PrivateKey signingKey() {
        return key("leaf");
    }

    /** The private key of a named certificate (leaf, expired, notyet, wrongname, rogue). */
    public PrivateKey key(String name) {
        try {
            String pem = new String(read(dir.resolve(name + ".key")), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A named certificate. */
    public X509Certificate certificate(String name) {
        try (InputStream in = Files.newInputStream(dir.resolve(name + ".crt"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path generate() {
        try {
            Path dir = Files.createTempDirectory("voice-test-pki");
            Instant now = Instant.now();
            Instant from = now.minus(Duration.ofDays(1));
            Instant to = now.plus(Duration.ofDays(30));
            Issued root = ca("CN=Voice Test Root CA, O=Health Library Tests", null, from, to);
            Issued intermediate = ca("CN=Voice Test Intermediate CA, O=Health Library Tests", root, from, to);
            Issued leaf = leaf("CN=echo-api.amazon.com", "echo-api.amazon.com", intermediate, from, to);
            Issued expired = leaf("CN=echo-api.amazon.com", "echo-api.amazon.com", intermediate,
                    now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(1)));
            Issued notYet = leaf("CN=echo-api.amazon.com", "echo-api.amazon.com", intermediate,
                    now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)));
            Issued wrongName = leaf("CN=not-echo-api.example.com", "not-echo-api.example.com", intermediate, from, to);
            Issued otherRoot = ca("CN=Untrusted Root CA, O=Somebody Else", null, from, to);
            Issued rogue = leaf("CN=echo-api.amazon.com", "echo-api.amazon.com", otherRoot, from, to);

            write(dir, "root", root);
            write(dir, "leaf", leaf);
            write(dir, "expired", expired);
            write(dir, "notyet", notYet);
            write(dir, "wrongname", wrongName);
            write(dir, "rogue", rogue);
            Path chains = Files.createDirectories(dir.resolve("chains"));
            Files.writeString(chains.resolve(VALID), pem(leaf) + pem(intermediate));
            Files.writeString(chains.resolve(VALID_WITH_ROOT), pem(leaf) + pem(intermediate) + pem(root));
            Files.writeString(chains.resolve(EXPIRED), pem(expired) + pem(intermediate));
            Files.writeString(chains.resolve(NOT_YET_VALID), pem(notYet) + pem(intermediate));
            Files.writeString(chains.resolve(WRONG_NAME), pem(wrongName) + pem(intermediate));
            Files.writeString(chains.resolve(UNTRUSTED), pem(rogue) + pem(otherRoot));
            System.setProperty(DIR_PROPERTY, dir.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make the test PKI", e);
        }
    }

    private record Issued(X509Certificate cert, KeyPair keys) {
    }

    private static Issued ca(String subject, Issued issuer, Instant from, Instant to) throws Exception {
        KeyPair keys = keys();
        X509v3CertificateBuilder b = builder(subject, issuer, keys, from, to);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return sign(b, issuer, keys);
    }

    private static Issued leaf(String subject, String dnsName, Issued issuer, Instant from, Instant to) throws Exception {
        KeyPair keys = keys();
        X509v3CertificateBuilder b = builder(subject, issuer, keys, from, to);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        b.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
        return sign(b, issuer, keys);
    }

    private static X509v3CertificateBuilder builder(String subject, Issued issuer, KeyPair keys, Instant from, Instant to)
            throws Exception {
        X500Principal name = new X500Principal(subject);
        X500Principal issuerName = issuer == null ? name : issuer.cert().getSubjectX500Principal();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(from), Date.from(to), name, keys.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
        b.addExtension(Extension.authorityKeyIdentifier, false,
                ext.createAuthorityKeyIdentifier(issuer == null ? keys.getPublic() : issuer.keys().getPublic()));
        return b;
    }

    private static Issued sign(X509v3CertificateBuilder b, Issued issuer, KeyPair keys) throws Exception {
        PrivateKey signer = issuer == null ? keys.getPrivate() : issuer.keys().getPrivate();
        X509Certificate cert = new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
        return new Issued(cert, keys);
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static void write(Path dir, String name, Issued issued) throws IOException {
        Files.writeString(dir.resolve(name + ".crt"), pem(issued));
        Files.writeString(dir.resolve(name + ".key"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(issued.keys().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    }

    private static String pem(Issued issued) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(issued.cert().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans it up eventually
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
