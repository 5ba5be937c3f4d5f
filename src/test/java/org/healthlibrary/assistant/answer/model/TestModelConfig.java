package org.healthlibrary.assistant.answer.model;

import java.time.Duration;
import java.util.Optional;

/** A {@link ModelConfig} for plain unit tests. */
record TestModelConfig(Optional<String> baseUrl, Duration memoryTtl, int memorySessions) implements ModelConfig {

    static TestModelConfig memory(Duration ttl, int sessions) {
        return new TestModelConfig(Optional.of("http://localhost:1/v1/"), ttl, sessions);
    }

    @Override
    public Optional<String> apiKey() {
        return Optional.empty();
    }

    @Override
    public String name() {
        return "test-model";
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(8);
    }

    @Override
    public int memoryMessages() {
        return 10;
    }

    @Override
    public Breaker breaker() {
        return new Breaker() {
            @Override
            public int window() {
                return 10;
            }

            @Override
            public double failureRatio() {
                return 0.5;
            }

            @Override
            public Duration delay() {
                return Duration.ofSeconds(30);
            }
        };
    }
}
