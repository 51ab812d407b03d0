package dev.lsorg.app.rows;

/**
 * Which characters a row's search text holds, as one bit per character class, so that a filter rejects most rows
 * without scanning their text: a row can only contain a needle whose classes it has. Lower-case letters, digits and
 * {@code @ . - _} and the space each have a bit of their own (for a one-character needle of these the mask is the
 * answer, no scan); every other character shares one of the remaining 23 bits.
 */
final class SearchMask {
    private static final int OWN = 41;
    private static final int SHARED = 64 - OWN;

    private SearchMask() {
    }

    /** The classes of every character in {@code text} (lower-cased already; the cell separator U+0000 skipped). */
    static long of(CharSequence text) {
        long mask = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != 0) {
                mask |= 1L << bit(c);
            }
        }
        return mask;
    }

    /** Whether {@code c} has a class of its own, so that having its bit means holding {@code c}. */
    static boolean exact(char c) {
        return bit(c) < OWN;
    }

    private static int bit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return switch (c) {
            case '@' -> 36;
            case '.' -> 37;
            case '-' -> 38;
            case '_' -> 39;
            case ' ' -> 40;
            default -> OWN + c % SHARED;
        };
    }
}
