package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.healthlibrary.assistant.answer.Citation;
import org.healthlibrary.assistant.answer.Outcome;

/**
 * What a message should get: the outcome and, when it is answered, the acceptable first
 * citations (an article with the sections that answer it, any of them; no sections: any section
 * of the article).
 *
 * @param outcome the expected outcome
 * @param accept  the acceptable articles with their sections, best first; empty when nothing is cited
 */
record BenchLabel(Outcome outcome, List<Accept> accept) {

    /** One acceptable article and its acceptable sections (empty: any). */
    record Accept(String article, List<String> sections) {
    }

    static BenchLabel of(JsonNode n) {
        List<Accept> accept = new ArrayList<>();
        if (n.hasNonNull("expectArticle")) {
            accept.add(new Accept(n.get("expectArticle").asText(), strings(n.path("expectSections"))));
        }
        for (JsonNode a : n.path("alsoAccept")) {
            accept.add(new Accept(a.get("article").asText(), strings(a.path("sections"))));
        }
        return new BenchLabel(Outcome.valueOf(n.get("expectOutcome").asText()), accept);
    }

    /** True when this citation is one of the acceptable ones. */
    boolean accepts(Citation c) {
        return accept.stream().anyMatch(a -> a.article().equals(c.articleId())
                && (a.sections().isEmpty() || a.sections().contains(c.section())));
    }

    /** True when the citation's article is acceptable, whatever its section. */
    boolean acceptsArticle(Citation c) {
        return accept.stream().anyMatch(a -> a.article().equals(c.articleId()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }
}
