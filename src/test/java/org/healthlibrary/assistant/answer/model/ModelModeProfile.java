package org.healthlibrary.assistant.answer.model;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Model mode against the stubbed endpoint of {@link ModelServer}: a timeout (8 s) long enough for a
 * first model call on a loaded CI machine and short enough that the
 * slow-model test is quick, a named model and key so that the request can be pinned.
 */
public class ModelModeProfile implements QuarkusTestProfile {

    /** The model name the tests expect in requests and in /api/info. */
    public static final String MODEL = "test-model";
    /** The API key the tests expect as the bearer token. */
    public static final String API_KEY = "test-key";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "assistant.model.name", MODEL,
                "assistant.model.api-key", API_KEY,
                "assistant.model.timeout", "8s",
                "assistant.model.memory-sessions", "50");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ModelServer.class));
    }
}
