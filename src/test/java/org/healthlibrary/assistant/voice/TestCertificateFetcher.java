package org.healthlibrary.assistant.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** The stub fetcher as a CDI bean, enabled only by {@link VerifiedAlexaProfile}: no network in tests. */
@Alternative
@ApplicationScoped
public class TestCertificateFetcher extends StubCertificateFetcher {
}
