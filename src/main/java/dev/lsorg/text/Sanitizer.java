package dev.lsorg.text;

/**
 * The one sanitiser for human-readable output: text from the server (names, emails, descriptions, error details)
 * is made inert before it reaches a terminal, a clipboard or a report. Characters that could drive a terminal or
 * disguise text are shown as visible escapes in caret/code style: C0 controls as {@code ^[} (ESC), {@code ^J} (LF),
 * {@code ^M} (CR); DEL as {@code ^?}; C1 controls as {@code <9B>}; bidi controls, zero-width and line-separator
 * characters as {@code <U+202E>}; a lone surrogate as U+FFFD. So a value never starts a new output line. Escaping
 * is idempotent: escaped text contains nothing left to escape.
 */
public final class Sanitizer {
    /** Where a value in a line output is cut (in characters of escaped text). */
    public static final int LINE_CAP = 200;
    /** Where a whole message (a sentence that may carry several values) is cut. */
    public static final int MESSAGE_CAP = 1_000;
    /** What marks a cut; the original length follows it, e.g. {@code AAAA… (10000 chars)}. */
    public static final String ELLIPSIS = "\u2026";

    private Sanitizer() {
    }

    /** {@code raw} with every unsafe character shown as a visible escape, at full length; null gives "". */
    public static String escape(String raw) {
        return escape(raw, Integer.MAX_VALUE);
    }

    /**
     * A value for a full-screen cell: {@link #escape escaped}, with characters beyond the Basic Multilingual Plane
     * (emoji) shown as {@code ?}, since a terminal grid of one UTF-16 unit per cell cannot lay them out.
     */
    public static String screen(String raw) {
        if (raw != null && printableAscii(raw)) {
            return raw;
        }
        String safe = escape(raw);
        for (int i = 0; i < safe.length(); i++) {
            if (Character.isSurrogate(safe.charAt(i))) {
                StringBuilder out = new StringBuilder(safe.length());
                safe.codePoints().forEach(cp -> out.appendCodePoint(cp > 0xffff ? '?' : cp));
                return out.toString();
            }
        }
        return safe;
    }

    /** A value for a line output: {@link #escape escaped} and cut at {@link #LINE_CAP} with its length. */
    public static String line(String raw) {
        return escape(raw, LINE_CAP);
    }

    /** A whole message (error, title, note): escaped and cut at {@link #MESSAGE_CAP} with its length. */
    public static String message(String raw) {
        return escape(raw, MESSAGE_CAP);
    }

    /**
     * {@code raw} escaped; if the escaped text would pass {@code cap} characters it stops there and ends with
     * {@code "… (N chars)"}, N being the length of {@code raw} in code points.
     */
    public static String escape(String raw, int cap) {
        if (raw == null) {
            return "";
        }
        if (raw.length() <= cap && isClean(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), cap) + 16);
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            appendSafe(out, cp);
            if (out.length() > cap) {
                out.setLength(cap);
                if (cap > 0 && Character.isHighSurrogate(out.charAt(cap - 1))) {
                    out.setLength(cap - 1);
                }
                return out.append(ELLIPSIS).append(" (").append(raw.codePointCount(0, raw.length()))
                        .append(" chars)").toString();
            }
        }
        return out.toString();
    }

    // Whether every character of s is printable ASCII (a space to a tilde): most cells, at 50,000 rows a screen,
    // answered by one comparison a character.
    private static boolean printableAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClean(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x0600 && isUnsafe(c))
                    || (Character.isSurrogate(c) && !pairAt(s, i))) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return true;
    }

    private static boolean pairAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /**
     * Whether {@code cp} must not reach output raw: C0 and C1 controls, DEL, and the invisible format characters
     * that can reorder or hide text (bidi embeddings, overrides, isolates and marks, zero-width characters, the
     * word joiner and its invisible operators, the BOM, line and paragraph separators).
     */
    public static boolean isUnsafe(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || isInvisibleFormat(cp);
    }

    private static boolean isInvisibleFormat(int cp) {
        return cp == 0x061c || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e)
                || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff;
    }

    private static void appendSafe(StringBuilder out, int cp) {
        if (cp < 0x20) {
            out.append('^').append((char) (cp + 0x40));
        } else if (cp == 0x7f) {
            out.append("^?");
        } else if (cp >= 0x80 && cp <= 0x9f) {
            out.append('<').append(hex(cp, 2)).append('>');
        } else if (isInvisibleFormat(cp)) {
            out.append("<U+").append(hex(cp, 4)).append('>');
        } else if (Character.isSurrogate((char) cp) && cp <= 0xffff) {
            out.append('\ufffd');
        } else {
            out.appendCodePoint(cp);
        }
    }

    private static String hex(int cp, int digits) {
        String h = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }
}
