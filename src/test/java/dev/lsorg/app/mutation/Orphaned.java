package dev.lsorg.app.mutation;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Makes a journal look as a killed lsorg leaves it: the intent line of a change, written by a process that is gone,
 * and no outcome line. For tests of what the next start does with it (in any package).
 */
public final class Orphaned {
    private Orphaned() {
    }

    /** Writes {@code m}'s intent line at {@code at}, as process {@code pid} would have, with no outcome after it. */
    public static void intent(Journal journal, Mutation m, long pid, Instant at) {
        String org = "Acme (" + m.requests().get(0).target().organizationId() + ")";
        journal.append(JournalEntry.intent(m, List.copyOf(m.checks()), new JournalContext("test", org), at, pid));
    }

    /** The id of a process that has ended (so its intents are orphans, not changes in flight). */
    public static long deadPid() {
        try {
            Process p = new ProcessBuilder("true").start();
            p.waitFor();
            return p.pid();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start 'true'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
