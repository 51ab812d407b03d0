package dev.lsorg.app.mutation;

/** How dangerous a change is: decides whether confirming takes a keypress or the target's name typed exactly. */
public enum Risk {
    /** Reversible by another change (a role, a setting, a new object): confirmed with {@code y}. */
    NORMAL,
    /** Cannot be undone (delete, remove, revoke, unshare all): confirmed only by typing the target's name. */
    DESTRUCTIVE
}
