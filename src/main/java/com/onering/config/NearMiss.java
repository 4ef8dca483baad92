package com.onering.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the known name a mistyped one was most likely meant to be. A typo is one or two edits (or a
 * transposition, or a different case) away; anything further is a different word and gets no suggestion.
 */
public final class NearMiss {
    private static final int MAX_EDITS = 2;

    private NearMiss() {
    }

    /** The closest known name within {@value #MAX_EDITS} edits, ignoring case; empty when none is that close. */
    public static Optional<String> of(String word, Collection<String> known) {
        String lower = word.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(k -> !k.equals(word))
                .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= Math.min(MAX_EDITS, Math.max(1, word.length() / 3)))
                .min(Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k));
    }

    /** {@code " (did you mean x?)"}, or nothing: appended to a message that names the unknown word. */
    public static String suggestion(String word, Collection<String> known) {
        return of(word, known).map(k -> " (did you mean " + k + "?)").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
