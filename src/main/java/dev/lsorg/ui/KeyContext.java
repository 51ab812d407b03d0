package dev.lsorg.ui;

/** Where a key binding works. */
public enum KeyContext {
    /** A pane's table (the main view). */
    TABLE,
    /** The detail view of a row. */
    DETAIL,
    /** The help screen. */
    HELP
}
