package com.onering.plan;

import java.util.ArrayList;
import java.util.List;

/** A unified line diff of two texts (longest common subsequence, 3 lines of context): what changed in an uploaded file. */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The hunks, each line prefixed with {@code ' '}, {@code '-'} or {@code '+'}; an absent side is an empty file. */
    static String of(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> script = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                script.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                script.add("-" + a.get(i++));
            } else {
                script.add("+" + b.get(j++));
            }
        }
        StringBuilder out = new StringBuilder();
        int shownUpTo = -1;
        for (int k = 0; k < script.size(); k++) {
            if (script.get(k).charAt(0) == ' ') {
                continue;
            }
            int from = Math.max(shownUpTo + 1, k - CONTEXT);
            if (from > shownUpTo + 1 && shownUpTo >= 0) {
                out.append("@@\n");
            }
            int to = k;
            // Extend the hunk while changes follow within the context.
            while (to + 1 < script.size() && (script.get(to + 1).charAt(0) != ' ' || nextChangeWithin(script, to + 1))) {
                to++;
            }
            to = Math.min(script.size() - 1, to + CONTEXT);
            for (int line = from; line <= to; line++) {
                out.append(script.get(line)).append('\n');
            }
            shownUpTo = to;
            k = to;
        }
        return out.toString();
    }

    private static boolean nextChangeWithin(List<String> script, int from) {
        for (int k = from; k < Math.min(script.size(), from + 2 * CONTEXT); k++) {
            if (script.get(k).charAt(0) != ' ') {
                return true;
            }
        }
        return false;
    }

    /** The lines of a text; a final newline ends the last line rather than starting an empty one. */
    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of((text.endsWith("\n") ? text.substring(0, text.length() - 1) : text).split("\n", -1));
    }
}
