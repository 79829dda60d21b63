package org.clearance.names.uyghur;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of Han characters into known name elements. Chinese writes Uyghur names with "·"
 * between elements, but often runs two elements together (买买提明, 阿不都热依木) or drops the
 * dot, so each run is cut by dynamic programming: fewest characters left unknown, then fewest
 * pieces (the longest known renderings win). Unknown stretches are kept whole.
 */
final class HanSegmenter {
    /** A piece of a run: its text and whether the table knows it. */
    record Piece(String han, boolean known) {}

    private final ElementTable table;

    HanSegmenter(ElementTable table) {
        this.table = table;
    }

    List<Piece> segment(int[] run) {
        int n = run.length;
        int[] unknown = new int[n + 1];
        int[] pieces = new int[n + 1];
        int[] from = new int[n + 1];
        boolean[] known = new boolean[n + 1];
        for (int end = 1; end <= n; end++) {
            // A single unknown character is always possible.
            unknown[end] = unknown[end - 1] + 1;
            pieces[end] = pieces[end - 1] + 1;
            from[end] = end - 1;
            known[end] = false;
            for (int start = Math.max(0, end - table.longestHan()); start < end; start++) {
                if (table.han(new String(run, start, end - start)).isEmpty()) {
                    continue;
                }
                if (unknown[start] < unknown[end]
                        || (unknown[start] == unknown[end] && pieces[start] + 1 < pieces[end])) {
                    unknown[end] = unknown[start];
                    pieces[end] = pieces[start] + 1;
                    from[end] = start;
                    known[end] = true;
                }
            }
        }
        List<Piece> reversed = new ArrayList<>();
        int end = n;
        while (end > 0) {
            int start = from[end];
            if (known[end]) {
                reversed.add(new Piece(new String(run, start, end - start), true));
                end = start;
            } else {
                // Gather the whole unknown stretch so its pinyin is read as one word.
                int stretchStart = start;
                while (stretchStart > 0 && !known[stretchStart]) {
                    stretchStart = from[stretchStart];
                }
                reversed.add(new Piece(new String(run, stretchStart, end - stretchStart), false));
                end = stretchStart;
            }
        }
        List<Piece> out = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            out.add(reversed.get(i));
        }
        return out;
    }
}
