package dev.lsorg.app;

import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.model.ActivityRecord;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Links an audit-log record to the journal lines of the change this lsorg made: a journal entry whose requests
 * include the record's method and path, within a minute of its time. Only what every journal format carries is read
 * (the time, and each request's first line {@code METHOD URL}), so the link survives changes to the rest of the line.
 */
public final class JournalLinks {
    /** How far apart the server's time and the journal's may be. */
    static final Duration NEAR = Duration.ofMinutes(1);

    private JournalLinks() {
    }

    /** The journal entries of the change {@code record} logs, oldest first. */
    public static List<JournalEntry> of(ActivityRecord record, List<JournalEntry> journal) {
        return journal.stream().filter(e -> near(e, record) && sentTheRequest(e, record)).toList();
    }

    private static boolean near(JournalEntry e, ActivityRecord r) {
        return e.time() != null && Duration.between(e.time(), r.time()).abs().compareTo(NEAR) <= 0;
    }

    private static boolean sentTheRequest(JournalEntry e, ActivityRecord r) {
        if (e.requests() == null || "dry-run".equals(e.outcome())) {
            return false;
        }
        return e.requests().stream().anyMatch(req -> sameRequest(req, r));
    }

    /** Whether a journal request ({@code METHOD URL} first line) is the record's method and path. */
    static boolean sameRequest(String request, ActivityRecord r) {
        String first = request == null ? "" : request.lines().findFirst().orElse("");
        String[] parts = first.trim().split("\\s+", 2);
        return parts.length == 2 && parts[0].equalsIgnoreCase(r.method()) && path(parts[1]).equals(r.path());
    }

    private static String path(String url) {
        try {
            String p = URI.create(url).getRawPath();
            return p == null ? "" : p;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
