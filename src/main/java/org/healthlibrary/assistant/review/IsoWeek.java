package org.healthlibrary.assistant.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/** The ISO-8601 week of an instant in UTC as {@code 2026-W49}, the key of the gap counts. Stateless. */
public final class IsoWeek {

    private IsoWeek() {
    }

    /** The week {@code at} falls in (UTC). */
    public static String of(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
