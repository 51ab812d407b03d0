package dev.lsorg.ui.render;

import java.time.Duration;
import java.time.Instant;

/** Formats instants the way admins scan them: compact relative ages ("3d", "5mo") and sortable keys. */
public final class Ages {
    private Ages() {
    }

    /** "12s", "5m", "3h", "4d", "5mo", "2y" before {@code now}; "in 3d" for the future; "-" for null. */
    public static String age(Instant t, Instant now) {
        if (t == null) {
            return "-";
        }
        Duration d = Duration.between(t, now);
        return d.isNegative() ? "in " + span(d.negated()) : span(d);
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
        return t == null ? "" : String.format("%020d", t.getEpochSecond());
    }

    /** A sort key for a non-negative count. */
    public static String key(long n) {
        return String.format("%012d", n);
    }
}
