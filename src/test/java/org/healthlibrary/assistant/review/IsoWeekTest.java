package org.healthlibrary.assistant.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void weeksFollowIso8601IncludingTheYearBoundary() {
        assertThat(IsoWeek.of(Instant.parse("2026-12-05T10:00:00Z"))).isEqualTo("2026-W49");
        assertThat(IsoWeek.of(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("2026-W53");
        assertThat(IsoWeek.of(Instant.parse("2025-12-29T00:00:00Z"))).isEqualTo("2026-W01");
    }
}
