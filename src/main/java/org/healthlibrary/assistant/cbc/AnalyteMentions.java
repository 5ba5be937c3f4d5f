package org.healthlibrary.assistant.cbc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds analyte names in the tokens: every alias of {@link Analyte} as whole words, longest
 * first ({@code white blood cell count} before {@code white}), plus the band-neutrophil words
 * used for a differential. Immutable tables; thread-safe; linear in the number of tokens.
 */
final class AnalyteMentions {

    private record Alias(String[] words, Analyte analyte) {
    }

    private static final List<String> BAND_ALIASES = List.of("bands", "band", "stabs", "band neutrophils",
            "band forms", "band cells");
    /** Words that, right after an alias, show it is not the lab value ("neutrophil function"). */
    private static final Set<String> NOT_A_VALUE_AFTER = Set.of("node", "nodes", "gland", "glands", "function",
            "disorder", "disorders", "transfusion", "transfusions", "donation", "fluid", "system", "drainage",
            "vessel", "vessels", "massage", "edema", "oedema");
    private static final Map<String, List<Alias>> BY_FIRST_WORD = build();

    private AnalyteMentions() {
    }

    static void find(TokenView view) {
        int i = 0;
        while (i < view.size()) {
            String w = view.word(i);
            List<Alias> candidates = w == null ? null : BY_FIRST_WORD.get(w);
            int matchedEnd = -1;
            Alias matched = null;
            if (candidates != null) {
                for (Alias a : candidates) {
                    int end = matchWords(view, i, a.words());
                    if (end >= 0) {
                        matched = a;
                        matchedEnd = end;
                        break;
                    }
                }
            }
            if (matched != null && !view.isWord(matchedEnd + 1, NOT_A_VALUE_AFTER)) {
                TokenView.Mention m = new TokenView.Mention(matched.analyte(), i, matchedEnd);
                view.mentionAt[i] = m;
                for (int k = i; k <= matchedEnd; k++) {
                    view.inMention[k] = m;
                }
                i = matchedEnd + 1;
            } else {
                i++;
            }
        }
    }

    private static int matchWords(TokenView view, int start, String[] words) {
        int i = start;
        for (int k = 0; k < words.length; k++, i++) {
            if (!view.isWord(i, words[k])) {
                return -1;
            }
        }
        return i - 1;
    }

    private static Map<String, List<Alias>> build() {
        List<Alias> all = new ArrayList<>();
        for (Analyte a : Analyte.values()) {
            for (String alias : a.aliases()) {
                all.add(new Alias(alias.split(" "), a));
            }
        }
        for (String alias : BAND_ALIASES) {
            all.add(new Alias(alias.split(" "), null));
        }
        Map<String, List<Alias>> index = new HashMap<>();
        for (Alias a : all) {
            index.computeIfAbsent(a.words()[0], k -> new ArrayList<>()).add(a);
        }
        Map<String, List<Alias>> frozen = new HashMap<>();
        index.forEach((k, list) -> {
            list.sort(Comparator.comparingInt((Alias a) -> a.words().length).reversed());
            frozen.put(k, List.copyOf(list));
        });
        return Map.copyOf(frozen);
    }
}
