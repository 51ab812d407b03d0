package dev.lsorg.audit;

import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.ActivityRecord;
import java.util.List;

/**
 * What the audit knows of the org's activity: the audit log of the activity window, or why it could not be read
 * (the key lacks {@code organization:manage}, the plan or the server has no audit log), or nothing because nobody
 * asked (a fixture, a snapshot). The activity rules run only on a log; an unreadable one is itself reported.
 *
 * @param state  which of the three
 * @param log    the records read, when {@link State#READ}
 * @param reason why the log could not be read, when {@link State#UNAVAILABLE}
 */
public record ActivityEvidence(State state, ActivityLog log, String reason) {
    /** Whether the log was read. */
    public enum State { NOT_ASKED, READ, UNAVAILABLE }

    /** No activity was asked for: the activity rules stay silent. */
    public static ActivityEvidence notAsked() {
        return new ActivityEvidence(State.NOT_ASKED, null, null);
    }

    /** The records of the activity window. */
    public static ActivityEvidence of(ActivityLog log) {
        return new ActivityEvidence(State.READ, log, null);
    }

    /** The log could not be read, for {@code reason} (a sentence). */
    public static ActivityEvidence unavailable(String reason) {
        return new ActivityEvidence(State.UNAVAILABLE, null, reason);
    }

    /** The records, newest first; empty unless read. */
    public List<ActivityRecord> records() {
        return log == null ? List.of() : log.records();
    }
}
