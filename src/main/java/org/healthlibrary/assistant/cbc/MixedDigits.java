package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers written in two digit scripts at once ("١5٠": Arabic-Indic and ASCII digits),
 * which {@link ValueDoubts} asks about instead of reading. Stateless; thread-safe; linear in the
 * text.
 */
final class MixedDigits {

    private MixedDigits() {
    }

    /**
     * Runs of digits that mix scripts ("١5٠": Arabic-Indic and ASCII), as offsets into the
     * normalised text. Only when normalising kept every offset (the usual case); otherwise none.
     */
    static List<int[]> runs(String raw, String norm) {
        List<int[]> runs = new ArrayList<>();
        if (raw.length() != norm.length()) {
            return runs;
        }
        int i = 0;
        while (i < raw.length()) {
            if (!Character.isDigit(raw.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            Character.UnicodeBlock first = Character.UnicodeBlock.of(raw.charAt(i));
            boolean mixedRun = false;
            while (i < raw.length() && (Character.isDigit(raw.charAt(i)) || raw.charAt(i) == '.' || raw.charAt(i) == ',')) {
                if (Character.isDigit(raw.charAt(i)) && Character.UnicodeBlock.of(raw.charAt(i)) != first) {
                    mixedRun = true;
                }
                i++;
            }
            if (mixedRun) {
                runs.add(new int[] {start, i});
            }
        }
        return runs;
    }

    static boolean overlaps(List<int[]> runs, int start, int end) {
        for (int[] r : runs) {
            if (start < r[1] && r[0] < end) {
                return true;
            }
        }
        return false;
    }
}
