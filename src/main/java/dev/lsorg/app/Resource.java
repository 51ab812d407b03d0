package dev.lsorg.app;

/** One thing the console loads from the org on its own, with its own loading state and sequence number. */
public enum Resource {
    /** Org info: name, plan, permissions, sharing and access settings. */
    INFO,
    /** Every workspace, deleted ones included. */
    WORKSPACES,
    /** Org members and pending org invites. */
    MEMBERS,
    /** Members of the selected workspace. */
    WS_MEMBERS,
    /** Members of every workspace (for counts and a member's roles across workspaces). */
    ALL_WS_MEMBERS,
    /** Service keys and personal access tokens. */
    KEYS,
    /** Org and workspace roles. */
    ROLES,
    /** The org's audit log of the Activity pane's window (polled: each load adds what is new). */
    ACTIVITY
}
