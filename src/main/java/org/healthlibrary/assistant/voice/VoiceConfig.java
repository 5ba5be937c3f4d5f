package org.healthlibrary.assistant.voice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The Alexa voice channel ({@code POST /api/alexa}). */
@ConfigMapping(prefix = "assistant.alexa")
public interface VoiceConfig {

    /**
     * Verify that every request comes from Alexa for our skill: the {@code Signature-256} over
     * the body, the signing certificate chain, the timestamp and the application id. Amazon
     * requires this of a self-hosted skill; turn it off only for local testing.
     */
    @WithDefault("true")
    boolean verify();

    /**
     * The skill application ids ({@code amzn1.ask.skill...}) whose requests are answered. When
     * verification is on and this is empty, every request is rejected.
     */
    Optional<List<String>> applicationIds();

    /**
     * A PEM file of the root certificates trusted for Alexa's signing certificate chain. When
     * unset, the JVM's trust store ({@code cacerts}, or {@code javax.net.ssl.trustStore}).
     */
    Optional<Path> trustedRoots();

    /**
     * How far a request's timestamp may be from the server's clock, either way. Amazon requires
     * 150 seconds at most; a larger value is treated as 150 seconds.
     */
    @WithDefault("150s")
    Duration timestampTolerance();

    /** Time limit for downloading Alexa's signing certificate chain (done once per URL, then cached). */
    @WithDefault("5s")
    Duration certificateFetchTimeout();
}
