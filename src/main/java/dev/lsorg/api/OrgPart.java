package dev.lsorg.api;

/** One org-wide list a partial load can fetch ({@link OrgScope}); the per-workspace lists are chosen by id. */
public enum OrgPart {
    /** Org info and settings: {@code GET /orgs/current/info}. */
    INFO,
    /** Every workspace, deleted ones included. */
    WORKSPACES,
    /** Org and workspace roles. */
    ROLES,
    /** Org members and pending invites (the paged lists, one page at a time). */
    MEMBERS,
    /** The org's service keys (org-wide and workspace-scoped). */
    SERVICE_KEYS,
    /** Every member's PATs (or the key's own, see {@code PatCoverage}). */
    PATS
}
