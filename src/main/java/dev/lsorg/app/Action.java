package dev.lsorg.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Something that happened, named for what happened; the only input of the {@link Reducer}. */
public sealed interface Action {
    /** The user went to another pane. */
    record PaneSwitched(PaneId pane) implements Action {
    }

    /** The user moved the selection in {@code pane} to the row {@code rowId}. */
    record RowSelected(PaneId pane, String rowId) implements Action {
    }

    /** An overlay was opened or replaced (or closed, with {@link Overlay#NONE}). */
    record OverlayChanged(Overlay overlay) implements Action {
    }

    /** The filter text of {@code pane} changed. */
    record FilterChanged(PaneId pane, String text) implements Action {
    }

    /** The sort of {@code pane} changed. */
    record SortChanged(PaneId pane, int column, boolean descending) implements Action {
    }

    /** The columns of {@code pane} were scrolled: {@code first} is the first shown after the first column. */
    record ColumnsScrolled(PaneId pane, int first) implements Action {
    }

    /** Deleted rows were shown or hidden in {@code pane}. */
    record DeletedToggled(PaneId pane) implements Action {
    }

    /** The user or the timer asked to reload {@code resources}. */
    record RefreshRequested(Set<Resource> resources, Instant at) implements Action {
    }

    /** A load answered; {@code data} is the resource's value (see {@link Loads#apply}). */
    record ResourceLoaded(Resource resource, long seq, Object data, Instant at) implements Action {
    }

    /**
     * A load failed; {@code network} when the server could not be reached at all; {@code rejected} is why LangSmith
     * rejected the API key itself (401, or 403 on the org), else null.
     */
    record LoadFailed(Resource resource, long seq, String message, boolean network, String rejected, Instant at)
            implements Action {
        /** A failure that says nothing about the key. */
        public LoadFailed(Resource resource, long seq, String message, boolean network, Instant at) {
            this(resource, seq, message, network, null, at);
        }
    }

    /** The user picked a workspace (picker or {@code :ws}). */
    record WorkspaceSelected(UUID workspace, Instant at) implements Action {
    }

    /** The client sent a request (for the Requests pane). */
    record RequestLogged(RequestEntry entry) implements Action {
    }

    /** A second passed: ages, spinner, auto-refresh, fading highlights and messages. */
    record Tick(Instant now) implements Action {
    }

    /** A message for the status line. */
    record StatusShown(Status status) implements Action {
    }

    /** The user dismissed the message on the status line. */
    record StatusDismissed() implements Action {
    }

    /** The user asked for this session's messages ({@code :messages}). */
    record MessagesRequested() implements Action {
    }

    /** The user asked to copy {@code text} ({@code what} names it in the confirmation). */
    record CopyRequested(String text, String what, Instant at) implements Action {
    }

    /** The user asked to export rows of the filtered pane ({@code types}: number, boolean or text per column). */
    record ExportRequested(Path file, String format, List<String> header, List<List<String>> rows,
                           List<String> types, Instant at) implements Action {
        /** An export whose every column is text. */
        public ExportRequested(Path file, String format, List<String> header, List<List<String>> rows, Instant at) {
            this(file, format, header, rows, header.stream().map(h -> "text").toList(), at);
        }
    }

    /** A command line was run; it goes into the history. */
    record CommandRun(String line) implements Action {
    }

    /** The connection facts became known (the demo emulator finished starting after the first frame). */
    record ConnectionChanged(Connection connection) implements Action {
    }

    /** The user changed what the Activity pane shows ({@code :activity ...}). */
    record ActivityFilterChanged(ActivityFilter filter, Instant at) implements Action {
    }

    /** Audit run {@code seq} answered with {@code report} (its findings and notes). */
    record AuditFinished(long seq, dev.lsorg.audit.AuditReport report) implements Action {
    }

    /**
     * The user meant {@code intent} (a key or a click), in the context on screen; {@code app.console} handles it.
     *
     * @param seen the {@link Overlay#sight()} of what was on screen when the key was read ({@link TypeAhead#ANY}
     *             where that is not known to differ: a test driving the update function directly)
     */
    record Intended(Intent intent, Instant at, Object seen) implements Action {
        /** An intent made in sight of whatever is on screen. */
        public Intended(Intent intent, Instant at) {
            this(intent, at, TypeAhead.ANY);
        }
    }

    /**
     * Where the user is and what the screen is like: the trail Esc walks back, drill-downs, the screen size, the
     * theme; {@code Trail} handles them.
     */
    sealed interface Navigation extends Action {
    }

    /** The screen is now {@code width} x {@code height}. */
    record Resized(int width, int height) implements Navigation {
    }

    /** The user went from {@code place} somewhere else, and can come back to it with Esc. */
    record TrailPushed(Place place) implements Navigation {
    }

    /** The user opened {@code pane} set up as {@code state} (a drill-down: what a row holds). */
    record Drilled(PaneId pane, PaneState state) implements Navigation {
    }

    /** The user went back to the last place on the trail, its selection and filter as they were. */
    record WentBack() implements Navigation {
    }

    /** The selection went where a change's outcome asked for, or the wait for it ended. */
    record Landed() implements Navigation {
    }

    /** The user went to {@code pane} directly (a tab, a number, {@code :pane}): there is no way back to walk. */
    record WentTo(PaneId pane) implements Navigation {
    }

    /** The user asked for the theme {@code name} (a name or a file). */
    record ThemeRequested(String name, Instant at) implements Navigation {
    }

    /** The theme {@code name} was loaded and is now on screen. */
    record ThemeChanged(String name, Instant at) implements Navigation {
    }

    /** The user asked for the workspace called {@code name} ({@code --workspace NAME}), maybe before any is known. */
    record WorkspaceNamed(String name, Instant at) implements Navigation {
    }

    /** The user asked for the org of configured profile {@code name} ({@code :profile NAME}). */
    record ProfileRequested(String name, Instant at) implements Action {
    }

    /**
     * The console now reads and changes the org of profile {@code name}: {@code connection} for the header,
     * {@code workspace} (or {@code workspaceName}) to start in.
     */
    record ProfileSwitched(String name, Connection connection, UUID workspace, String workspaceName, Instant at)
            implements Action {
    }

    /** Opening profile {@code name} failed ({@code why}, one line); the console stays on the org it was on. */
    record ProfileFailed(String name, String why) implements Action {
    }

    /** The user confirmed quitting. */
    record QuitConfirmed() implements Action {
    }

    /**
     * Consoles that share one loader ({@code lsorg serve}): another session's load of {@code resource} (for
     * {@code workspace} when it is a workspace's member list) answered with {@code data}. Taken in like an answer of
     * this console's own, without touching the loads this console has in flight.
     */
    record SharedLoaded(Resource resource, UUID workspace, Object data, Instant at) implements Action {
    }

    /**
     * Consoles that share one loader: {@code who} changed the org in another session ({@code message} says what
     * and how it ended); this console says so and reloads {@code reload}.
     */
    record ChangedElsewhere(String who, Status.Level level, String message, Set<Resource> reload, Instant at)
            implements Action {
    }

    /** Steps of the change flow (marks, confirmation, outcome, journal); {@link ChangeReducer} handles them. */
    sealed interface ChangeEvent extends Action {
    }

    /** The user marked or unmarked row {@code rowId} of {@code pane} with Space. */
    record MarkToggled(PaneId pane, String rowId) implements ChangeEvent {
    }

    /** The user confirmed the change shown in {@code confirm}: send it once. */
    record ChangeConfirmed(ChangeDialog.Confirm confirm, String orgLabel, Instant at) implements ChangeEvent {
    }

    /** A confirmed change's answer was lost ({@code why}): the org is being read to learn what became of it. */
    record ChangeChecking(java.util.UUID mutationId, String why, Instant at) implements ChangeEvent {
    }

    /** A confirmed change was answered (or recorded, in dry-run mode). */
    record ChangeFinished(ChangeDialog.Confirm confirm, dev.lsorg.app.mutation.Outcome outcome, Instant at)
            implements ChangeEvent {
    }

    /** The user asked to see the journal of changes. */
    record JournalRequested() implements ChangeEvent {
    }

    /** The journal was read for the journal view. */
    record JournalLoaded(List<String> lines) implements ChangeEvent {
    }
}
