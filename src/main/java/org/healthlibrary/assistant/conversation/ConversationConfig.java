package org.healthlibrary.assistant.conversation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Where conversations are kept between messages. How long and how many stay with the chat
 * settings ({@code assistant.chat.session-ttl}, {@code assistant.chat.max-sessions}).
 */
@ConfigMapping(prefix = "assistant.conversation")
public interface ConversationConfig {

    /**
     * {@code memory} (this process only: one machine) or {@code database} (the database of
     * {@code assistant.db.*}, shared by every replica). Unset, it follows {@code assistant.db.kind}:
     * {@code database} on PostgreSQL, {@code memory} on the embedded H2.
     */
    Optional<StoreKind> store();

    /** How often expired conversations and chat memory are deleted from the database (one replica at a time). */
    @WithDefault("1m")
    Duration cleanupEvery();

    /** Where conversations are kept. */
    enum StoreKind {
        /** In this process. */
        MEMORY,
        /** In the shared database. */
        DATABASE
    }
}
