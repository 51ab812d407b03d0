package dev.lsorg.app;

/** How keys are read in the context on screen; the key table binds keys per mode. */
public enum Mode {
    /** A pane's table (the main view). */
    TABLE,
    /** The detail view of a row. */
    DETAIL,
    /** The help screen. */
    HELP,
    /** Typing: the filter, the command line, the picker and the change dialogs; unbound characters are typed. */
    INPUT
}
