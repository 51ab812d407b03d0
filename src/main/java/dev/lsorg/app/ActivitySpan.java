package dev.lsorg.app;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time as people type it for the activity window: a whole number and a unit, {@code 90m}, {@code 24h},
 * {@code 7d} or {@code 2w}. {@code lsorg activity --since} and the console's {@code :activity since} read it.
 */
public final class ActivitySpan {
    private static final Pattern SPAN = Pattern.compile("(\\d{1,6})\\s*([mhdw])");
    /** LangSmith keeps audit logs for 400 days; a longer window only costs requests. */
    public static final Duration LONGEST = Duration.ofDays(400);

    private ActivitySpan() {
    }

    /** The span {@code text} names; fails with a sentence that says what is expected. */
    public static Duration parse(String text) {
        Matcher m = SPAN.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a number and a unit (m, h, d or w), such as 90m, 24h or 7d");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
        if (d.isZero() || d.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("must be more than 0 and at most 400 days");
        }
        return d;
    }

    /** The span in the largest whole unit: {@code 7d}, {@code 24h} becomes {@code 1d}, {@code 90m} stays. */
    public static String format(Duration d) {
        if (d.toMinutes() % (60 * 24) == 0) {
            return d.toDays() + "d";
        }
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
    }
}
