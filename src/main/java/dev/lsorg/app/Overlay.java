package dev.lsorg.app;

/** What is open over the pane, if anything; at most one at a time, and only {@link None} lets auto-refresh run. */
public sealed interface Overlay {
    /** What a key must have been typed in sight of to act on this overlay; null where any key may (see TypeAhead). */
    default Object sight() {
        return null;
    }

    /** Whether a key answers this overlay by sending a change. */
    default boolean sends() {
        return false;
    }

    /** Nothing open: the pane has the keyboard. */
    record None() implements Overlay {
    }

    /** The filter is being typed in the pane title (Enter keeps it, Esc clears it). */
    record FilterInput() implements Overlay {
    }

    /** The help screen, scrolled by {@code scroll} lines. */
    record Help(int scroll) implements Overlay {
    }

    /** The detail view of one row, as fields or as raw JSON. */
    record Detail(PaneId pane, String rowId, boolean raw, int scroll) implements Overlay {
    }

    /** The workspace picker with its query and highlighted entry. */
    record Picker(String query, int index) implements Overlay {
    }

    /**
     * The {@code :} command line.
     *
     * @param text    what is typed
     * @param history position while browsing history with Up/Down, -1 when not browsing
     * @param hint    completion candidates or a usage line shown above it
     */
    record CommandLine(String text, int history, String hint) implements Overlay {
    }

    /** A change's form, confirmation, new secret or the journal (see {@link ChangeDialog}). */
    record Change(ChangeDialog dialog) implements Overlay {
        @Override
        public Object sight() {
            return dialog.sight();
        }

        @Override
        public boolean sends() {
            return dialog.sends();
        }
    }

    /** Ctrl-C or q asked to quit; y or q again quits, anything else stays. */
    record QuitConfirm() implements Overlay {
    }

    /** The shared instance of {@link None}. */
    Overlay NONE = new None();
}
