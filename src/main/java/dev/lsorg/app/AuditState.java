package dev.lsorg.app;

import dev.lsorg.audit.Finding;
import dev.lsorg.audit.Note;
import java.util.List;

/**
 * The Audit pane's findings, and the audit run in flight. An audit reads the loaded org and takes hundreds of
 * milliseconds for a big one, so it runs as an effect off the GUI thread; until its findings arrive the pane keeps
 * the previous ones.
 *
 * @param seq      number of the newest run asked for (answers of older runs are dropped)
 * @param running  a run is in flight
 * @param findings the newest findings that came back (empty until the org has loaded)
 * @param notes    what that audit could not see or check (other members' PATs, owners unknown)
 * @param basis    the data the newest run read, compared by identity: the state is immutable, so a new object
 *                 means new data; null before any run
 */
public record AuditState(long seq, boolean running, List<Finding> findings, List<Note> notes, Object basis) {
    /** Nothing audited yet. */
    public static final AuditState NONE = new AuditState(0, false, List.of(), List.of(), null);

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditState a && seq == a.seq && running == a.running && findings.equals(a.findings)
                && notes.equals(a.notes)
                && basis == a.basis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq) * 31 + findings.hashCode();
    }
}
