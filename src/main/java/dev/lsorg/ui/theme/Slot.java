package dev.lsorg.ui.theme;

import java.util.Locale;

/** A semantic place on screen that a theme colours; theme files name slots by {@link #key()}. */
public enum Slot {
    BASE, HEADER, BADGE, TAB, TAB_ACTIVE, PANE_TITLE, TABLE_HEADER, ROW, ROW_SELECTED, ROW_MARKED, ROW_DIM, ROW_WARN,
    ROW_CHANGED, STATUS_INFO, STATUS_WARN, STATUS_ERROR, HINT_KEY, HINT_TEXT, DIALOG, DIALOG_TITLE, DANGER, INPUT;

    /** The name used in theme files, e.g. {@code row.selected}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The slot for a theme-file key, or null. */
    public static Slot ofKey(String key) {
        for (Slot s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
