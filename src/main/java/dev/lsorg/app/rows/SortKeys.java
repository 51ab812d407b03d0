package dev.lsorg.app.rows;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which key sorts a table by which column: an upper-case letter of the column's title (underlined in the header),
 * never one a command uses ({@code S R G U J D}), each letter used once per table. Letters are matched to columns so
 * that as many columns as possible get one (USED finds its E even when DESCRIPTION would take it first).
 */
public final class SortKeys {
    /** Upper-case keys commands already use: reverse sort, refresh all, last row, unshare, journal, deleted. */
    public static final Set<Character> TAKEN = Set.of('S', 'R', 'G', 'U', 'J', 'D');

    private SortKeys() {
    }

    /** One key per column (0 for a column no letter is left for), in column order. */
    public static char[] of(List<Column> columns) {
        char[] best = new char[columns.size()];
        search(columns, 0, new char[columns.size()], best);
        return best;
    }

    /** The column whose key is {@code key}, or -1. */
    public static int column(List<Column> columns, char key) {
        char[] keys = of(columns);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0 && keys[i] == Character.toUpperCase(key)) {
                return i;
            }
        }
        return -1;
    }

    // Tries each title's letters in order (a column without one last) and keeps the first assignment that gives a
    // key to the most columns; tables have at most ten columns, so the search is small.
    private static void search(List<Column> columns, int i, char[] keys, char[] best) {
        if (count(keys, i) + (columns.size() - i) <= count(best, best.length)) {
            return;
        }
        if (i == columns.size()) {
            System.arraycopy(keys, 0, best, 0, keys.length);
            return;
        }
        for (char c : columns.get(i).title().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'Z' && !TAKEN.contains(c) && !used(keys, i, c)) {
                keys[i] = c;
                search(columns, i + 1, keys, best);
            }
        }
        keys[i] = 0;
        search(columns, i + 1, keys, best);
    }

    private static int count(char[] keys, int upTo) {
        int n = 0;
        for (int j = 0; j < upTo; j++) {
            n += keys[j] == 0 ? 0 : 1;
        }
        return n;
    }

    private static boolean used(char[] keys, int before, char c) {
        for (int j = 0; j < before; j++) {
            if (keys[j] == c) {
                return true;
            }
        }
        return false;
    }
}
