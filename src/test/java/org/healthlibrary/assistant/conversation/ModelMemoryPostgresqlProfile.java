package org.healthlibrary.assistant.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthlibrary.assistant.answer.model.ModelModeProfile;
import org.healthlibrary.assistant.storage.PostgresqlProfile;

/** Model mode against the stubbed endpoint, on PostgreSQL: conversations and chat memory in the database. */
public class ModelMemoryPostgresqlProfile extends PostgresqlProfile {

    private final ModelModeProfile model = new ModelModeProfile();

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.putAll(model.getConfigOverrides());
        return overrides;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.addAll(model.testResources());
        return resources;
    }
}
