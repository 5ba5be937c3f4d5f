package org.healthlibrary.assistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.healthlibrary.assistant.answer.GateEvidence;
import org.healthlibrary.assistant.safety.ScopeClassifier;
import org.healthlibrary.assistant.search.SearchResult;

/**
 * One retrieval's {@link GateEvidence} (exactly what the evidence gate reads) as a JSON row for
 * fitting the gate; the caller adds the label and the split. Stateless.
 */
final class GateFeatures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GateFeatures() {
    }

    static ObjectNode of(String question, SearchResult result, ScopeClassifier scope) {
        ObjectNode f = JSON.createObjectNode();
        GateEvidence.of(question, result, scope).values().forEach(f::put);
        f.put("intent", result.intent().name());
        return f;
    }
}
