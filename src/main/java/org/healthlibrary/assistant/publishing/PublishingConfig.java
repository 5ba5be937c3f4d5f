package org.healthlibrary.assistant.publishing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How replicas follow the published library version. */
@ConfigMapping(prefix = "assistant.publishing")
public interface PublishingConfig {

    /** How often each replica reads the published library version from the database. */
    @WithDefault("5s")
    Duration pollEvery();
}
