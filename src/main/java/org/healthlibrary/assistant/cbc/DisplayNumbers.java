package org.healthlibrary.assistant.cbc;

import java.math.BigDecimal;

/**
 * Writes numbers the way a person would: {@code 90} not {@code 90.0}, {@code 9.1} not
 * {@code 9.100000000000001}. Stateless; thread-safe.
 */
final class DisplayNumbers {

    private DisplayNumbers() {
    }

    /** The value and its unit: {@code 9.1 g/dL}, {@code 33%}. */
    static String withUnit(double v, String unit) {
        return format(v) + ("%".equals(unit) ? "" : " ") + unit;
    }

    static String format(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e15) {
            return Double.toString(v);
        }
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
