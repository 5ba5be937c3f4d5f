package org.healthlibrary.assistant.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Console accounts and sign-in (issue 14 item 1). */
@ConfigMapping(prefix = "assistant.console")
public interface StaffConfig {

    /** The first admin, created at start-up when no account exists yet. */
    InitialAdmin initialAdmin();

    /** Throttling of failed sign-ins. */
    SignIn signIn();

    /** The first administrator account. */
    interface InitialAdmin {

        /** User name of the first admin. */
        @WithDefault("admin")
        String username();

        /**
         * Password of the first admin, at least 12 characters; from the environment only
         * ({@code ASSISTANT_CONSOLE_INITIAL_ADMIN_PASSWORD}). Unset, no account is created and
         * nobody can sign in until it is set (a warning says so at start-up).
         */
        Optional<String> password();
    }

    /** Failed sign-in limits. */
    interface SignIn {

        /** Failed sign-ins one account may have within {@link #window()} before it is refused for the rest of it. */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** Failed sign-ins one client address may have within {@link #window()}, across accounts. */
        @WithDefault("20")
        int maxFailuresPerClient();

        /** How long failures are counted, and how long a throttled account or client waits. */
        @WithDefault("15m")
        Duration window();
    }
}
