package dev.lsorg.app;

import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The refresh rules: drop a request while one for the same resource is in flight, number every request, ignore
 * answers that are not the newest, keep the last data on failure, and back off while the network is down.
 */
final class Loads {
    /** The name of a refresh of everything, in the Requests pane's title. */
    static final String WHOLE = "whole org";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private Loads() {
    }

    /** Starts a load of each of {@code wanted} that is not already in flight and can be asked for now. */
    static Step request(AppState s, Set<Resource> wanted, Instant now) {
        List<Effect> effects = new ArrayList<>();
        for (Resource r : order(wanted, s.pane())) {
            if (s.load(r).loading() || !askable(s, r)) {
                continue;
            }
            long seq = s.nextSeq();
            s = s.withNextSeq(seq + 1).withLoad(r, s.load(r).started(seq, now));
            effects.add(fetch(s, r, seq, now));
        }
        return new Step(s, effects);
    }

    // What the pane on screen shows goes first: requests are answered and decoded roughly in the order sent, so
    // at start-up the first screen's rows do not wait behind the rest of the org. Otherwise a stable order keeps
    // effect lists predictable for tests and the request log readable.
    private static List<Resource> order(Set<Resource> wanted, PaneId shown) {
        List<Resource> ordered = new ArrayList<>();
        EnumSet<Resource> rest = wanted.isEmpty() ? EnumSet.noneOf(Resource.class) : EnumSet.copyOf(wanted);
        for (Resource r : shown.resources()) {
            if (rest.remove(r)) {
                ordered.add(r);
            }
        }
        ordered.addAll(rest);
        return ordered;
    }

    private static boolean askable(AppState s, Resource r) {
        return switch (r) {
            case WS_MEMBERS -> s.workspace() != null;
            case ALL_WS_MEMBERS -> s.data().workspaces() != null;
            default -> true;
        };
    }

    private static Effect fetch(AppState s, Resource r, long seq, Instant now) {
        if (r == Resource.ACTIVITY) {
            ActivityFeed feed = s.activity();
            return new Effect.FetchActivity(seq, feed.next(now), feed.wholeNext());
        }
        if (r == Resource.ALL_WS_MEMBERS) {
            return new Effect.FetchAllWsMembers(seq, liveWorkspaces(s.data().workspaces()));
        }
        return new Effect.Fetch(r, seq, r == Resource.WS_MEMBERS ? s.workspace() : null);
    }

    /**
     * Whether the member lists of a few workspaces can be read again on their own ({@link #requestMembersOf}): once
     * every list has loaded and no load of them all is in flight (one that left before a change may hold the old
     * truth, and is asked again whole).
     */
    static boolean canReloadSome(AppState s) {
        LoadState ls = s.load(Resource.ALL_WS_MEMBERS);
        return ls.loadedAt() != null && !ls.loading() && askable(s, Resource.ALL_WS_MEMBERS);
    }

    /**
     * Reads the member lists of {@code workspaces} only (a request each) into the lists already loaded, as the
     * {@link Resource#ALL_WS_MEMBERS} load: after a change to one workspace's members the other lists are still true,
     * and on a 1,000-workspace org reading them all again is 1,000 requests. See {@link #canReloadSome}.
     */
    static Step requestMembersOf(AppState s, List<UUID> workspaces, Instant now) {
        long seq = s.nextSeq();
        s = s.withNextSeq(seq + 1).withLoad(Resource.ALL_WS_MEMBERS, s.load(Resource.ALL_WS_MEMBERS).started(seq, now));
        return Step.of(s, new Effect.FetchAllWsMembers(seq, List.copyOf(workspaces)));
    }

    static List<UUID> liveWorkspaces(List<TenantForUser> all) {
        return all.stream().filter(w -> !w.isDeleted()).map(TenantForUser::id).toList();
    }

    /** Applies an answer unless it is stale; may start loads that were waiting for it. */
    static Step loaded(AppState s, Action.ResourceLoaded a) {
        LoadState ls = s.load(a.resource());
        if (a.seq() != ls.seq() || !ls.loading()) {
            return Step.of(s);
        }
        Set<String> changed = Diffs.changed(s, a.resource(), a.data());
        UUID before = s.workspace();
        String beforeName = s.data().workspace(before) == null ? null : s.data().workspace(before).displayName();
        s = apply(s, a.resource(), a.data(), s.workspace(), a.at())
                .withLoad(a.resource(), ls.succeeded(a.at(), changed))
                .withSchedule(s.nextRefresh(), 0).withKeyRejected(null);
        if (s.status().level() == Status.Level.ERROR && !s.status().sticky()) {
            s = s.withStatus(Status.NONE);
        }
        if (a.resource() == Resource.WORKSPACES) {
            Step after = afterWorkspaces(s, a.at(), beforeName);
            Step named = Trail.resolve(after.state(), a.at());
            List<Effect> effects = new ArrayList<>(after.effects());
            effects.addAll(named.effects());
            return new Step(named.state(), List.copyOf(effects));
        }
        return a.resource() == Resource.MEMBERS ? request(s, firstAllWsMembers(s), a.at()) : Step.of(s);
    }

    /**
     * Every workspace's member list, the first time, once the workspaces are known and the org's own member list is
     * in: on a large org it is most of the load (a request per workspace), and members on screen come first.
     */
    private static Set<Resource> firstAllWsMembers(AppState s) {
        boolean waiting = s.load(Resource.ALL_WS_MEMBERS).loadedAt() == null && s.data().workspaces() != null
                && !s.load(Resource.MEMBERS).loading();
        return waiting ? EnumSet.of(Resource.ALL_WS_MEMBERS) : EnumSet.noneOf(Resource.class);
    }

    /**
     * Puts a resource's answer into the state: into the org's data (see {@link #org}), or for the activity into the
     * Activity pane's feed.
     */
    static AppState apply(AppState s, Resource r, Object data, UUID workspace, Instant at) {
        if (r == Resource.ACTIVITY) {
            return s.withActivity(s.activity().merged((ActivityPage) data, at));
        }
        return s.withData(org(s.data(), r, data, workspace).withLoadedAt(at));
    }

    /**
     * Puts an org resource's answer into {@code d}; a {@link Resource#KEYS} answer is org data holding only the key
     * lists (see {@link OrgReader#apiKeys()}).
     */
    @SuppressWarnings("unchecked")
    private static OrgData org(OrgData d, Resource r, Object data, UUID workspace) {
        return switch (r) {
            case INFO -> d.withInfo((OrganizationInfo) data);
            case WORKSPACES -> d.withWorkspaces(List.copyOf((List<TenantForUser>) data));
            case MEMBERS -> d.withMembers((OrganizationMembers) data);
            case WS_MEMBERS -> d.withWorkspaceMembers(workspace, (TenantMembers) data);
            case ALL_WS_MEMBERS -> d.withWorkspaceMembers(merged(d, (Map<UUID, TenantMembers>) data));
            case KEYS -> keys(d, (OrgData) data);
            case ROLES -> d.withRoles(List.copyOf((List<Role>) data));
            case ACTIVITY -> throw new IllegalArgumentException("the activity is not part of the org's data");
        };
    }

    private static OrgData keys(OrgData d, OrgData keys) {
        return d.withKeys(keys.serviceKeys(), keys.personalAccessTokens(), keys.patCoverage());
    }

    /**
     * The lists of {@code fresh} over those already loaded, kept for live workspaces only: a load of every list
     * replaces them all (a deleted workspace's list goes), a load of some lists replaces those.
     */
    private static Map<UUID, TenantMembers> merged(OrgData d, Map<UUID, TenantMembers> fresh) {
        Map<UUID, TenantMembers> out = new java.util.HashMap<>(d.workspaceMembers());
        out.putAll(fresh);
        if (d.workspaces() != null) {
            out.keySet().retainAll(liveWorkspaces(d.workspaces()));
        }
        return out;
    }

    // Once the workspaces are known, a default workspace can be chosen and the member lists loaded; when the one on
    // screen is deleted (here or elsewhere), the console moves to another and says so.
    private static Step afterWorkspaces(AppState s, Instant now, String shownName) {
        Set<Resource> next = EnumSet.noneOf(Resource.class);
        TenantForUser current = s.data().workspace(s.workspace());
        if (s.workspace() == null || current == null || current.isDeleted()) {
            UUID first = liveWorkspaces(s.data().workspaces()).stream().findFirst().orElse(null);
            if (current != null && current.isDeleted() && shownName != null) {
                TenantForUser to = s.data().workspace(first);
                s = s.say(Status.result(Status.Level.WARN, "Workspace " + shownName + " was deleted; now in "
                        + (to == null ? "no workspace (none is left)" : "workspace " + to.displayName())), false);
            }
            s = s.withWorkspace(first).withPaneState(PaneId.WS_MEMBERS, s.paneState(PaneId.WS_MEMBERS).select(null));
            next.add(Resource.WS_MEMBERS);
        } else if (s.load(Resource.WS_MEMBERS).loadedAt() == null) {
            next.add(Resource.WS_MEMBERS);
        }
        next.addAll(firstAllWsMembers(s));
        return request(s, next, now);
    }

    /** Records a failure unless it is stale; network failures back off the next auto-refresh. */
    static Step failed(AppState s, Action.LoadFailed a) {
        LoadState ls = s.load(a.resource());
        if (a.seq() != ls.seq() || !ls.loading()) {
            return Step.of(s);
        }
        s = s.withLoad(a.resource(), ls.failed(a.message()));
        if (a.network()) {
            int n = s.failures() + 1;
            s = s.withSchedule(a.at().plus(backoff(n, s.refreshEvery())), n);
        }
        if (a.rejected() != null) {
            boolean known = s.keyRejected() != null;
            s = s.withKeyRejected(a.rejected());
            return Step.of(known ? s : s.say(Status.error("The API key was rejected: " + a.rejected()
                    + ". Changes are off until a load succeeds; fix the key and press R to retry."), false));
        }
        s = s.say(Status.loadError(a.resource().name().toLowerCase().replace('_', ' ') + ": " + a.message()), true);
        return a.resource() == Resource.MEMBERS ? request(s, firstAllWsMembers(s), a.at()) : Step.of(s);
    }

    /** 5 s, 10 s, 20 s ... capped at a minute and at the refresh interval. */
    static Duration backoff(int failures, Duration every) {
        long secs = 5L << Math.min(failures - 1, 6);
        Duration d = Duration.ofSeconds(secs);
        Duration cap = every.compareTo(MAX_BACKOFF) < 0 ? every : MAX_BACKOFF;
        return d.compareTo(cap) > 0 ? cap : d;
    }

    /**
     * Auto-refresh when due and nothing is open; the next one is scheduled either way. It reloads what the pane on
     * screen shows, or the whole org when that is due (see {@link Refreshes}).
     */
    static Step tick(AppState s, Instant now) {
        if (now.isBefore(s.nextRefresh()) || !(s.overlay() instanceof Overlay.None)) {
            return Step.of(s);
        }
        Duration wait = s.failures() > 0 ? backoff(s.failures(), s.refreshEvery()) : s.refreshEvery();
        s = s.withSchedule(now.plus(wait), s.failures());
        boolean whole = s.refreshes().wholeDue(now);
        EnumSet<Resource> due = whole ? EnumSet.allOf(Resource.class) : visible(s);
        // A pane waiting for a change's answer keeps its rows until the change's own refresh.
        for (PaneId p : PaneId.values()) {
            if (s.changes().busy(p)) {
                due.removeAll(p.resources());
            }
        }
        return refresh(s, due, whole, whole ? WHOLE : "auto: " + s.pane().title(), now);
    }

    /**
     * What the auto-refresh reloads between whole-org loads: the pane's resources and the header's org and
     * workspace, but never every workspace's member list, which costs one request per workspace.
     */
    static EnumSet<Resource> visible(AppState s) {
        EnumSet<Resource> due = EnumSet.of(Resource.INFO, Resource.WORKSPACES);
        due.addAll(s.pane().resources());
        due.remove(Resource.ALL_WS_MEMBERS);
        return due;
    }

    /** Starts the loads of {@code due} as one refresh named {@code what}, whose requests the Requests pane counts. */
    static Step refresh(AppState s, Set<Resource> due, boolean whole, String what, Instant now) {
        Step step = request(s, due, now);
        if (step.effects().isEmpty()) {
            return step;
        }
        return new Step(step.state().withRefreshes(step.state().refreshes().started(what, whole, now)),
                step.effects());
    }

    /** Ends the running refresh's count once nothing is loading any more. */
    static Step settled(Step step) {
        AppState s = step.state();
        if (!s.refreshes().running() || s.anyLoading()) {
            return step;
        }
        return new Step(s.withRefreshes(s.refreshes().finished()), step.effects());
    }
}
