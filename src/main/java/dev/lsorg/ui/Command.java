package dev.lsorg.ui;

import java.util.Locale;

/** What a key can do in the console; keymap files name commands by {@link #key()}. */
public enum Command {
    MOVE_UP, MOVE_DOWN, CLEAR_FILTER, PAGE_UP, PAGE_DOWN, FIRST, LAST, DETAIL, BACK, FILTER, SORT_NEXT, SORT_REVERSE, REFRESH,
    REFRESH_ALL, WORKSPACE_PICKER, COPY, HELP, COMMAND_LINE, QUIT, INTERRUPT, NEXT_PANE, PREV_PANE, PANE_1, PANE_2,
    PANE_3, PANE_4, PANE_5, PANE_6, PANE_7, PANE_8, PANE_9, TOGGLE_DELETED, RAW_JSON,
    /** Change keys (mutating: absent in read-only mode); what each does depends on the pane, see ChangeKeys. */
    NEW, RENAME, DELETE, INVITE, ROLE, ADD, MARK, UNSHARE, JOURNAL;

    /** The keymap-file name, e.g. {@code move-down}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The command for a keymap-file name, or null. */
    public static Command ofKey(String key) {
        for (Command c : values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        return null;
    }
}
