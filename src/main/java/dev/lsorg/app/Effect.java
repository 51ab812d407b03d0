package dev.lsorg.app;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** I/O the reducer asks for; {@link EffectRunner} performs it off the GUI thread and reports back with an action. */
public sealed interface Effect {
    /** Load {@code resource}; {@code workspace} is the one for {@link Resource#WS_MEMBERS}. */
    record Fetch(Resource resource, long seq, UUID workspace) implements Effect {
    }

    /** Load the member lists of {@code workspaces} (for {@link Resource#ALL_WS_MEMBERS}). */
    record FetchAllWsMembers(long seq, List<UUID> workspaces) implements Effect {
    }

    /** Poll the org's audit log for {@code query}; {@code whole} when it reads the whole window. */
    record FetchActivity(long seq, dev.lsorg.api.AuditLogQuery query, boolean whole) implements Effect {
    }

    /** Put {@code text} on the user's clipboard through the terminal (OSC 52). */
    record Copy(String text) implements Effect {
    }

    /**
     * Write rows to a CSV or JSON file; {@code types} says per column whether JSON writes it as a {@code number},
     * a {@code boolean} or {@code text} (CSV writes every cell as text).
     */
    record Export(Path file, String format, List<String> header, List<List<String>> rows, List<String> types)
            implements Effect {
        /** An export whose every column is text. */
        public Export(Path file, String format, List<String> header, List<List<String>> rows) {
            this(file, format, header, rows, header.stream().map(h -> "text").toList());
        }
    }

    /** Append a line to the command history file. */
    record AppendHistory(String line) implements Effect {
    }

    /** Load the theme {@code name} (a name or a file) off the GUI thread, then put it on screen. */
    record LoadTheme(String name) implements Effect {
    }

    /** Open the org of configured profile {@code name} off the GUI thread, then switch the console to it. */
    record SwitchProfile(String name) implements Effect {
    }

    /** Leave the console. */
    record Quit() implements Effect {
    }

    /** Send a confirmed mutation once (or record it, in dry-run mode); {@code orgLabel} names the org in the journal. */
    record RunMutation(ChangeDialog.Confirm confirm, String orgLabel) implements Effect {
    }

    /** Audit {@code data} and {@code activity} at {@code now} (see {@link AuditRun}); answered by run number. */
    record RunAudit(long seq, dev.lsorg.model.OrgData data, dev.lsorg.audit.ActivityEvidence activity,
                    java.time.Instant now) implements Effect {
    }

    /** Read the journal of changes for the journal view. */
    record ReadJournal() implements Effect {
    }
}
