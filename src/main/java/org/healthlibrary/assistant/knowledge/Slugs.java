package org.healthlibrary.assistant.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a heading into a URL anchor ("Diagnosis and tests" becomes {@code diagnosis-and-tests}). */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String heading) {
        String ascii = Normalizer.normalize(heading, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
