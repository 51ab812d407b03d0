package dev.lsorg.app.rows;

import java.time.Duration;
import java.time.Instant;

/**
 * Formats instants the way admins scan them: compact relative ages ("3d", "5mo") and sortable keys. Ages of records
 * (created, used, expires) are counted one way everywhere, to the minute: list and detail agree, and a row a few
 * seconds old reads "<1m" rather than a "0s" that would stand still until the list is next rebuilt.
 */
public final class Ages {
    private Ages() {
    }

    /**
     * How long ago a past event was: "<1m", "5m", "3h", "4d", "5mo", "2y"; "-" for null. A time slightly after
     * {@code now} (the server's clock runs ahead of ours, or the row was built before the tick) reads "<1m": a
     * created or last-used time is in the past by definition, so "in 42s" would only confuse.
     */
    public static String age(Instant t, Instant now) {
        if (t == null) {
            return "-";
        }
        Duration d = Duration.between(t, now);
        return d.getSeconds() < 60 ? "<1m" : span(d);
    }

    /** How long ago, in seconds under a minute ("refreshed 12s ago"): for the console's own events, not records. */
    public static String seconds(Instant t, Instant now) {
        if (t == null) {
            return "-";
        }
        Duration d = Duration.between(t, now);
        return d.isNegative() ? span(Duration.ZERO) : span(d);
    }

    /** {@link #age} for detail lines and past deadlines: "3d ago"; "-" for null. */
    public static String ago(Instant t, Instant now) {
        return t == null ? "-" : age(t, now) + " ago";
    }

    /**
     * When something ends, which may be either side of {@code now}: "in 20d" ahead, "9d ago" behind (a bare "9d"
     * would read like the future), "never" for null. At most 8 columns ("11mo ago").
     */
    public static String until(Instant t, Instant now) {
        if (t == null) {
            return "never";
        }
        if (!t.isAfter(now)) {
            return ago(t, now);
        }
        Duration d = Duration.between(now, t);
        return d.getSeconds() < 60 ? "in <1m" : "in " + span(d);
    }

    private static String span(Duration d) {
        long s = d.getSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m";
        }
        if (s < 86400) {
            return s / 3600 + "h";
        }
        long days = s / 86400;
        if (days < 60) {
            return days + "d";
        }
        return days < 730 ? days / 30 + "mo" : days / 365 + "y";
    }

    /** A sort key for an instant; nulls sort first. */
    public static String key(Instant t) {
        return t == null ? "" : padded(t.getEpochSecond(), 20);
    }

    /** A sort key for a non-negative count. */
    public static String key(long n) {
        return n >= 0 && n < COUNT_KEYS.length ? COUNT_KEYS[(int) n] : padded(n, 12);
    }

    // the keys of the counts most rows have (a member's workspaces, a workspace's members), made once
    private static final String[] COUNT_KEYS = new String[256];

    static {
        for (int i = 0; i < COUNT_KEYS.length; i++) {
            COUNT_KEYS[i] = padded(i, 12);
        }
    }

    // String.format's zero padding, without its parsing and formatter objects: 50,000 rows ask for it at once
    private static String padded(long n, int width) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder(width + 1);
        if (n < 0) {
            sb.append('-');
        }
        for (int i = sb.length() + digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
