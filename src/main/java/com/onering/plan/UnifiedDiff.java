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
        // Changes closer than twice the context share a hunk; hunks are apart by "@@".
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < script.size(); k++) {
            if (script.get(k).charAt(0) != ' ') {
                changes.add(k);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < changes.size(); c++) {
            int first = changes.get(c);
            while (c + 1 < changes.size() && changes.get(c + 1) - changes.get(c) - 1 <= 2 * CONTEXT) {
                c++;
            }
            int from = Math.max(0, first - CONTEXT);
            int to = Math.min(script.size() - 1, changes.get(c) + CONTEXT);
            if (out.length() > 0) {
                out.append("@@\n");
            }
            for (int line = from; line <= to; line++) {
                out.append(script.get(line)).append('\n');
            }
        }
        return out.toString();
    }

    /** The lines of a text; a final newline ends the last line rather than starting an empty one. */
    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of((text.endsWith("\n") ? text.substring(0, text.length() - 1) : text).split("\n", -1));
    }
}
