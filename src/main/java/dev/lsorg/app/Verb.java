package dev.lsorg.app;

import java.util.Locale;

/**
 * The named intents keys are bound to; keymap files name them by {@link #key()} ({@code move-down}). Each says
 * how the hint bar labels it and how help describes it; what it does depends on the context on screen (a change
 * verb's meaning and availability on the pane, see {@code app.console.ChangeOffers}).
 */
public enum Verb implements Intent {
    MOVE_UP("", "Move up"),
    MOVE_DOWN("move", "Move down"),
    PAGE_UP("", "Page up"),
    PAGE_DOWN("", "Page down"),
    FIRST("", "First row"),
    LAST("", "Last row"),
    OPEN("open", "Open the row: what it holds or the object it is about (Esc comes back); else its details"),
    DESCRIBE("", "Details of the selected row"),
    RAW_JSON("json", "Raw JSON of the row (toggle)"),
    BACK("back", "Back to the table"),
    FILTER("filter", "Filter rows (! inverts, Esc clears)"),
    CLEAR_FILTER("", "Clear the filter; with none, go back where Enter came from"),
    PREVIOUS_VIEW("", "Back to the previous view"),
    SORT_NEXT("sort", "Sort by the next column"),
    SORT_REVERSE("", "Reverse the sort"),
    REFRESH("refresh", "Refresh this pane"),
    REFRESH_ALL("", "Refresh everything"),
    WORKSPACE_PICKER("ws", "Pick the workspace"),
    COPY("copy", "Copy the row's id or email (OSC 52)"),
    TOGGLE_DELETED("", "Show or hide deleted workspaces (Workspaces)"),
    NEXT_PANE("", "Next pane"),
    PREV_PANE("", "Previous pane"),
    PANE_1("", "Go to Workspaces"),
    PANE_2("", "Go to Members"),
    PANE_3("", "Go to Workspace members"),
    PANE_4("", "Go to API keys"),
    PANE_5("", "Go to Roles"),
    PANE_6("", "Go to Security"),
    PANE_7("", "Go to Requests"),
    PANE_8("", "Go to Audit"),
    PANE_9("", "Go to Activity"),
    NEW("", "New workspace (Workspaces), service key (API keys) or custom role (Roles)", true),
    RENAME("", "Rename the workspace (Workspaces); edit the custom role (Roles)", true),
    INVITE("", "Invite people to the org (Members)", true),
    ADD("", "Add an org member (Workspace members)", true),
    ROLE("", "Change the role of the selected or marked rows", true),
    DELETE("", "Delete, remove or revoke (type the name to confirm)", true),
    MARK("", "Mark a row for o/x; toggle a setting (Security)", true),
    UNSHARE("", "Unshare everything shared (Security; type the org)", true),
    JOURNAL("", "The journal of changes (also :journal)"),
    HELP("help", "This help"),
    COMMAND_LINE("cmd", "Command line (:ws :pane :theme :export :q)"),
    QUIT("quit", "Quit"),
    INTERRUPT("", "Ask to quit"),
    SUBMIT("", "Run, keep or confirm what is typed"),
    CANCEL("", "Cancel and close"),
    COMPLETE("", "Complete the word, or go to the next field"),
    PREVIOUS("", "The previous field"),
    LEFT("", "Scroll the columns left (the first stays); in a form, the previous choice"),
    RIGHT("", "Scroll the columns right, to what is cut; in a form, the next choice"),
    ERASE("", "Erase the last character"),
    CLEAR_LINE("", "Erase the whole input");

    private final String hint;
    private final String help;
    private final boolean change;

    Verb(String hint, String help) {
        this(hint, help, false);
    }

    Verb(String hint, String help, boolean change) {
        this.hint = hint;
        this.help = help;
        this.change = change;
    }

    /** Short label for the hint bar, or "" to keep it out of the bar. */
    public String hint() {
        return hint;
    }

    /** The sentence help shows. */
    public String help() {
        return help;
    }

    /** Whether it changes the org (unavailable in read-only mode). */
    public boolean change() {
        return change;
    }

    /** The keymap-file name, e.g. {@code move-down}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The verb for a keymap-file name, or null. */
    public static Verb ofKey(String key) {
        for (Verb v : values()) {
            if (v.key().equals(key)) {
                return v;
            }
        }
        return null;
    }

    /** The pane a {@code PANE_n} verb goes to, or null for other verbs. */
    public PaneId pane() {
        return name().startsWith("PANE_") ? PaneId.TABS.get(Integer.parseInt(name().substring(5)) - 1) : null;
    }
}
