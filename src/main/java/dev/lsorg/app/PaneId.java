package dev.lsorg.app;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The console's panes, in tab order, each with a short title for narrow screens and the resources it shows. */
public enum PaneId {
    WORKSPACES("Workspaces", "Workspaces", EnumSet.of(Resource.WORKSPACES, Resource.ALL_WS_MEMBERS, Resource.KEYS)),
    MEMBERS("Members", "Members", EnumSet.of(Resource.MEMBERS, Resource.WORKSPACES)),
    WS_MEMBERS("Workspace members", "WS mem", EnumSet.of(Resource.WS_MEMBERS)),
    API_KEYS("API keys", "Keys", EnumSet.of(Resource.KEYS, Resource.ROLES)),
    ROLES("Roles", "Roles", EnumSet.of(Resource.ROLES)),
    // Nine short titles must fit in 80 columns with a loading mark: "Sec", "WS mem" and "Reqs" make the room.
    SECURITY("Security", "Sec", EnumSet.of(Resource.INFO, Resource.MEMBERS, Resource.WORKSPACES)),
    REQUESTS("Requests", "Reqs", EnumSet.noneOf(Resource.class)),
    // Everything the audit rules read; findings are computed from it, never loaded.
    AUDIT("Audit", "Audit", EnumSet.of(Resource.INFO, Resource.WORKSPACES, Resource.ROLES, Resource.MEMBERS,
            Resource.ALL_WS_MEMBERS, Resource.KEYS)),
    // The org's audit log, tailed, with its actors and objects named from the org's lists (r reloads those too).
    ACTIVITY("Activity", "Activity", EnumSet.of(Resource.ACTIVITY, Resource.WORKSPACES, Resource.MEMBERS,
            Resource.KEYS, Resource.ROLES)),
    // Drill-down views, reached with Enter and left with Esc; they have no tab of their own.
    MEMBER_WORKSPACES("Workspaces of a member", "Member ws", EnumSet.of(Resource.MEMBERS, Resource.WORKSPACES,
            Resource.ALL_WS_MEMBERS, Resource.ROLES)),
    ROLE_HOLDERS("Holders of a role", "Holders", EnumSet.of(Resource.ROLES, Resource.MEMBERS, Resource.ALL_WS_MEMBERS,
            Resource.KEYS));

    /** The panes with a tab, in tab order (1 to 9). */
    public static final java.util.List<PaneId> TABS = java.util.List.of(WORKSPACES, MEMBERS, WS_MEMBERS, API_KEYS,
            ROLES, SECURITY, REQUESTS, AUDIT, ACTIVITY);

    private final String title;
    private final String shortTitle;
    private final Set<Resource> resources;

    PaneId(String title, String shortTitle, Set<Resource> resources) {
        this.title = title;
        this.shortTitle = shortTitle;
        this.resources = resources;
    }

    /** The full title. */
    public String title() {
        return title;
    }

    /** The title used on narrow screens. */
    public String shortTitle() {
        return shortTitle;
    }

    /** What {@code r} reloads for this pane. */
    public Set<Resource> resources() {
        return resources;
    }

    /** The name used by {@code :pane}: the title in lower case with dashes, e.g. {@code api-keys}. */
    public String commandName() {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** Finds a pane by number (1 to the number of panes), command name or a unique prefix of it. */
    public static Optional<PaneId> find(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.matches("[1-9]") && Integer.parseInt(t) <= TABS.size()) {
            return Optional.of(TABS.get(Integer.parseInt(t) - 1));
        }
        for (PaneId p : TABS) {
            if (p.commandName().equals(t) || p.name().equalsIgnoreCase(t)) {
                return Optional.of(p);
            }
        }
        return TABS.stream().filter(p -> p.commandName().startsWith(t)).findFirst();
    }

    /** The tab after (or before, for negative steps) this one, wrapping around; a drill-down view steps from 1. */
    public PaneId step(int delta) {
        int i = Math.max(0, TABS.indexOf(this));
        return TABS.get(Math.floorMod(i + delta, TABS.size()));
    }

    /** Whether this pane has a tab (drill-down views do not). */
    public boolean tab() {
        return TABS.contains(this);
    }
}
