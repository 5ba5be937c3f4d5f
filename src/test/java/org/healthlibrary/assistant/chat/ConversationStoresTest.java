package org.healthlibrary.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.healthlibrary.assistant.conversation.ConversationConfig;
import org.healthlibrary.assistant.conversation.ConversationConfig.StoreKind;
import org.healthlibrary.assistant.storage.DatabaseKind;
import org.junit.jupiter.api.Test;

/** Unset, the conversation store follows the database kind; a configured store always wins. */
class ConversationStoresTest {

    @Test
    void unsetFollowsTheDatabase() {
        assertThat(ConversationStores.choose(config(null), DatabaseKind.POSTGRESQL)).isEqualTo(StoreKind.DATABASE);
        assertThat(ConversationStores.choose(config(null), DatabaseKind.H2)).isEqualTo(StoreKind.MEMORY);
    }

    @Test
    void aConfiguredStoreWins() {
        assertThat(ConversationStores.choose(config(StoreKind.MEMORY), DatabaseKind.POSTGRESQL)).isEqualTo(StoreKind.MEMORY);
        assertThat(ConversationStores.choose(config(StoreKind.DATABASE), DatabaseKind.H2)).isEqualTo(StoreKind.DATABASE);
    }

    private static ConversationConfig config(StoreKind store) {
        return new ConversationConfig() {
            @Override
            public Optional<StoreKind> store() {
                return Optional.ofNullable(store);
            }

            @Override
            public Duration cleanupEvery() {
                return Duration.ofMinutes(1);
            }
        };
    }
}
