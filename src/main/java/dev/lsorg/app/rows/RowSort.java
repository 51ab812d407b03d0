package dev.lsorg.app.rows;

import java.util.Arrays;
import java.util.List;

/**
 * A stable sort of rows by one column's sort key, giving positions: the order {@code String.compareTo} gives (ties
 * keep their first order), found without comparing rows. At 50,000 rows a comparison sort reads two rows, their key
 * arrays and two strings for each of some 800,000 comparisons, scattered over the heap (45-65 ms a column); this one
 * reads each row's key a few times in order and sorts primitive numbers.
 *
 * <p>How: each position is packed into a {@code long} with the next few characters of its key above it (a character
 * {@code c} as {@code c + 1}, the key's end as 0, so that a shorter key comes first), and the longs are sorted. Rows
 * whose characters so far are the same are sorted again by their next few characters, until their keys end. A
 * character past {@code ý} packs as the same number as every other one past it, as does everything after it in its
 * group, so rows that agree up to such a character are compared as strings. Ties are ordered by position throughout,
 * which makes the sort stable.
 */
public final class RowSort {
    /** Bits for a row's position: up to a million rows (more are sorted by comparison). */
    private static final int POSITION_BITS = 20;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    /** Characters per pass: five of eight bits, below the position, under the sign bit. */
    private static final int CHARS = 5;
    /** What a character past {@code 253} packs as: keys the same up to one are sorted by comparison. */
    private static final int WIDE = 255;
    /** Passes packed at the first read of each key: 20 characters, a date's or most emails' and names' keys. */
    private static final int EAGER = 4;

    private RowSort() {
    }

    /**
     * {@code rows} in ascending and in descending order of column {@code column}'s sort key (a missing key sorts as
     * empty), both stable: equal keys keep the rows' first order either way, as a stable sort would have them.
     */
    public static Orders of(List<Row> rows, int column) {
        int n = rows.size();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(rows.get(i), column);
        }
        int[] up = new int[n];
        // tied[i]: the key at up[i] equals the one before it
        boolean[] tied = new boolean[n];
        if (n > POSITION_MASK + 1) {
            Integer[] boxed = new Integer[n];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, (a, b) -> keys[a].compareTo(keys[b]));
            Arrays.setAll(up, i -> boxed[i]);
            for (int i = 1; i < n; i++) {
                tied[i] = keys[up[i]].equals(keys[up[i - 1]]);
            }
        } else {
            Chars chars = new Chars(keys);
            long[] first = chars.at(0);
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = first[i] << POSITION_BITS | i;
            }
            sort(chars, packed, tied, 0, n, 0);
            for (int i = 0; i < n; i++) {
                up[i] = (int) (packed[i] & POSITION_MASK);
            }
        }
        // descending: the runs of equal keys from the last, each run in its own order
        int[] down = new int[n];
        int out = 0;
        int end = n;
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && tied[start]) {
                start--;
            }
            System.arraycopy(up, start, down, out, end - start);
            out += end - start;
            end = start;
        }
        return new Orders(PickedRows.ordered(rows, up), PickedRows.ordered(rows, down));
    }

    /** A column's two orders of the same rows. */
    public record Orders(List<Row> ascending, List<Row> descending) {
        /**
         * These orders of {@code column} for {@code rows}, rows made again whose keys in that column are those of
         * the rows these are orders of, position by position (a minute's remake moves only the ages shown, a
         * refresh that changed nothing moves nothing): no sort. Null when a key differs or these are not orders of
         * as many rows.
         */
        public Orders carriedTo(List<Row> rows, int column) {
            if (!(ascending instanceof PickedRows up) || !(descending instanceof PickedRows down)) {
                return null;
            }
            List<Row> before = up.source();
            int n = rows.size();
            if (before.size() != n || up.size() != n || down.size() != n) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                if (!key(rows.get(i), column).equals(key(before.get(i), column))) {
                    return null;
                }
            }
            return new Orders(up.over(rows), down.over(rows));
        }
    }

    // Sorts packed[from, to), whose keys agree before pass `pass` and are packed with its characters.
    private static void sort(Chars keys, long[] packed, boolean[] tied, int from, int to, int pass) {
        Arrays.sort(packed, from, to);
        int start = from;
        while (start < to) {
            long chars = packed[start] >>> POSITION_BITS;
            int end = start + 1;
            while (end < to && packed[end] >>> POSITION_BITS == chars) {
                end++;
            }
            if (end - start > 1) {
                tie(keys, packed, tied, start, end, pass, chars);
            }
            start = end;
        }
    }

    // Rows start..end agree on their characters of pass `pass` as packed (`chars`).
    private static void tie(Chars keys, long[] packed, boolean[] tied, int start, int end, int pass, long chars) {
        boolean ended = false;
        boolean wide = false;
        for (int c = 0; c < CHARS; c++) {
            long ch = (chars >>> (8 * (CHARS - 1 - c))) & 0xFF;
            ended |= ch == 0;
            wide |= ch == WIDE && !ended;
        }
        if (wide) {
            // the same up to a character past ý: compare the keys themselves (positions are ascending here, so the
            // merge sort keeps ties in order)
            Long[] run = new Long[end - start];
            for (int i = start; i < end; i++) {
                run[i - start] = packed[i];
            }
            String[] k = keys.keys;
            Arrays.sort(run, (a, b) -> k[(int) (a & POSITION_MASK)].compareTo(k[(int) (b & POSITION_MASK)]));
            for (int i = start; i < end; i++) {
                packed[i] = run[i - start];
                tied[i] = i > start && k[(int) (run[i - start] & POSITION_MASK)]
                        .equals(k[(int) (run[i - start - 1] & POSITION_MASK)]);
            }
        } else if (!ended) {
            long[] next = keys.at(pass + 1);
            for (int i = start; i < end; i++) {
                int at = (int) (packed[i] & POSITION_MASK);
                packed[i] = next[at] << POSITION_BITS | at;
            }
            sort(keys, packed, tied, start, end, pass + 1);
        } else {
            // keys that ended alike are equal: already in order of position
            for (int i = start + 1; i < end; i++) {
                tied[i] = true;
            }
        }
    }

    /**
     * Every key's characters of each pass, packed, made a pass at a time when first needed: one read of the keys in
     * their order per pass, where packing a run's keys where they are needed read them scattered over the heap.
     */
    private static final class Chars {
        final String[] keys;
        private final java.util.ArrayList<long[]> passes = new java.util.ArrayList<>();

        Chars(String[] keys) {
            this.keys = keys;
        }

        long[] at(int pass) {
            if (passes.isEmpty()) {
                // the first passes of every key at one read of it: reading a key is mostly waiting for memory
                for (int p = 0; p < EAGER; p++) {
                    passes.add(new long[keys.length]);
                }
                for (int i = 0; i < keys.length; i++) {
                    String key = keys[i];
                    for (int p = 0; p < EAGER; p++) {
                        passes.get(p)[i] = pack(key, p * CHARS);
                    }
                }
            }
            while (passes.size() <= pass) {
                int offset = passes.size() * CHARS;
                long[] packed = new long[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    packed[i] = pack(keys[i], offset);
                }
                passes.add(packed);
            }
            return passes.get(pass);
        }

        private static long pack(String key, int offset) {
            long chars = 0;
            int length = key.length();
            boolean wide = false;
            for (int c = 0; c < CHARS; c++) {
                int i = offset + c;
                // after a wide character every key packs alike, so that all keys the same up to it are compared
                long ch = wide ? WIDE : i < length ? Math.min(key.charAt(i) + 1, WIDE) : 0;
                wide = ch == WIDE;
                chars = chars << 8 | ch;
            }
            return chars;
        }
    }

    /** Column {@code col}'s sort key of {@code r}; empty when it has none. */
    static String key(Row r, int col) {
        String[] keys = r.sortKeys();
        return col < keys.length && keys[col] != null ? keys[col] : "";
    }
}
