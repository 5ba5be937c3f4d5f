package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A last look at each value read: if the writer says they are not sure it is the right or the
 * current one ("one is from last week and I forget which", "not sure which is the new one",
 * "or is that the new one", "10.5 or maybe that was the hct", "54? one of those", "scratch
 * that"), the value is not used and the writer is asked which one is current.
 *
 * <p>Why: a value the writer doubts must never be guessed; asking costs one message. Runs
 * after {@link ValueDoubts}, which replaces a value corrected without doubt ("100, no sorry I
 * meant 150"). Stateless; thread-safe; each value looks at a bounded window after it.
 */
final class SelfDoubts {

    /** Characters after a value in which a doubt is looked for. */
    private static final int WINDOW = 120;

    private static final Pattern DOUBT = Pattern.compile(
            "\\b(?:forget|forgot|don't know|dont know|do not know|not sure|can't remember|cant remember|unsure|no idea"
            + "|can't tell|cant tell) which\\b"
            + "|\\bwhich (?:one )?(?:is|was|s) (?:the )?(?:new|newer|newest|latest|current|recent|today's|todays|old|older|right|correct)\\b"
            + "|\\bone of (?:those|them|the two|these)\\b|\\bor (?:maybe|is|was) (?:that|it|this)\\b|\\bor maybe\\b"
            + "|\\bscratch that\\b|\\bthe other (?:one|number)\\b"
            + "|\\b(?:and|y) (?:also|tambi[eé]n) (?:says|shows|said|dice|pone|sale|sali[oó]|muestra) (?:[a-z]+ )?\\d"
            + "|\\bnot sure (?:if|whether) (?:that's|thats|that is|it's|its|it is) (?:the )?(?:new|right|current|latest|today's)\\b");

    private SelfDoubts() {
    }

    static ValueDoubts.Review review(String norm, ValueDoubts.Review in, CbcMessages messages) {
        List<ValueLinker.Found> kept = new ArrayList<>();
        Set<Analyte> unread = in.unread().isEmpty() ? EnumSet.noneOf(Analyte.class) : EnumSet.copyOf(in.unread());
        Set<String> questions = new LinkedHashSet<>(in.questions());
        for (ValueLinker.Found f : in.found()) {
            int from = Math.min(norm.length(), f.value().end());
            String after = norm.substring(from, Math.min(norm.length(), from + WINDOW));
            if (f.analyte() != null && DOUBT.matcher(after).find()) {
                unread.add(f.analyte());
                questions.add(messages.askWhichIsCurrent(f.analyte().layName()));
            } else {
                kept.add(f);
            }
        }
        return new ValueDoubts.Review(kept, unread, List.copyOf(questions));
    }
}
