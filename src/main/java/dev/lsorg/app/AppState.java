package dev.lsorg.app;

import dev.lsorg.model.OrgData;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The console's whole state, immutable; only {@link Reducer} makes a new one, on the GUI thread.
 *
 * @param connection   endpoint and key facts for the header
 * @param data         what has been loaded of the org (parts are null until their first load)
 * @param activity     the Activity pane's records of the org's audit log
 * @param loads        loading state per resource
 * @param pane         the pane on screen
 * @param panes        per-pane selection, filter and sort
 * @param workspace    the selected workspace, or null until known
 * @param overlay      what is open over the pane
 * @param status       the status line
 * @param requests     REST calls of this run, newest last (capped)
 * @param history      command-line history, oldest first
 * @param refreshEvery auto-refresh interval
 * @param nextRefresh  when auto-refresh runs next
 * @param failures     consecutive network failures (drives back-off and the "disconnected" header)
 * @param nextSeq      the next sequence number to hand out
 * @param now          the time of the last tick (for ages)
 * @param ticks        ticks so far (spinner frame)
 * @param quitting     the user confirmed quitting
 * @param changes      marked rows and the changes in flight
 * @param messages     every message of this session, oldest first (capped), for {@code :messages}
 * @param keyRejected  why LangSmith rejected the API key (401, or 403 on the org itself), until a load succeeds;
 *                     null while the key is accepted
 * @param audit        the Audit pane's findings and the audit run in flight
 * @param viewport     the size of the screen the console is drawn on (pages, clicks)
 * @param trail        where the user came from, oldest first: Esc goes back to the last place
 * @param theme        the name of the theme on screen
 * @param wantedWorkspace a workspace asked for by name ({@code --workspace NAME}) before the workspace list is
 *                     known, or null
 * @param refreshes    when the whole org reloads next, and the request count of the latest refresh
 * @param previous     the pane the user went to the current one from directly (a tab, a number), for {@code -};
 *                     or null
 * @param refreshes    when the whole org reloads next, and the request count of the latest refresh
 * @param landing      where the selection goes once a change's panes have reloaded, or null
 */
public record AppState(Connection connection, OrgData data, ActivityFeed activity, Map<Resource, LoadState> loads,
                       PaneId pane,
                       Map<PaneId, PaneState> panes, UUID workspace, Overlay overlay, Status status,
                       List<RequestEntry> requests, List<String> history, Duration refreshEvery,
                       Instant nextRefresh, int failures, long nextSeq, Instant now, long ticks, boolean quitting,
                       ChangeState changes, List<Message> messages, String keyRejected, AuditState audit,
                       Viewport viewport, List<Place> trail, String theme,
                       String wantedWorkspace, Place previous,
                       Refreshes refreshes,
                       Landing landing) {
    /** Most messages kept for {@code :messages}. */
    public static final int MAX_MESSAGES = 500;
    /** Most requests kept for the Requests pane. */
    public static final int MAX_REQUESTS = 2000;

    /** The state at start: nothing loaded, first pane, auto-refresh due at once. */
    public static AppState initial(Connection connection, UUID workspace, Duration refreshEvery, List<String> history,
                                   Instant now) {
        return initial(connection, workspace, refreshEvery, Refreshes.DEFAULT_WHOLE, history, now);
    }

    /** The same, reloading the whole org every {@code wholeEvery} (and at once). */
    public static AppState initial(Connection connection, UUID workspace, Duration refreshEvery, Duration wholeEvery,
                                   List<String> history, Instant now) {
        Map<Resource, LoadState> loads = new EnumMap<>(Resource.class);
        for (Resource r : Resource.values()) {
            loads.put(r, LoadState.IDLE);
        }
        Map<PaneId, PaneState> panes = new EnumMap<>(PaneId.class);
        for (PaneId p : PaneId.values()) {
            panes.put(p, PaneState.INITIAL);
        }
        return new AppState(connection, OrgData.empty(), ActivityFeed.initial(), Map.copyOf(loads), PaneId.WORKSPACES,
                Map.copyOf(panes), workspace, Overlay.NONE, Status.NONE, List.of(), List.copyOf(history), refreshEvery,
                now, 0, 1, now, 0, false, ChangeState.NONE, List.of(), null, AuditState.NONE, Viewport.DEFAULT,
                List.of(), "", null, null, Refreshes.initial(wholeEvery, now), null);
    }

    /** The loading state of {@code r}. */
    public LoadState load(Resource r) {
        return loads.get(r);
    }

    /** The settings of {@code p}. */
    public PaneState paneState(PaneId p) {
        return panes.get(p);
    }

    /** Whether anything is loading (header spinner). */
    public boolean anyLoading() {
        return loads.values().stream().anyMatch(LoadState::loading);
    }

    /** Whether any load has had its answer, data or failure. */
    public boolean anyAnswered() {
        return loads.values().stream().anyMatch(l -> l.loadedAt() != null || l.error() != null);
    }

    /** The newest successful load of any resource, or null. */
    public Instant lastRefresh() {
        return loads.values().stream().map(LoadState::loadedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }

    AppState withData(OrgData v) {
        return new AppState(connection, v, activity, loads, pane, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withActivity(ActivityFeed v) {
        return new AppState(connection, data, v, loads, pane, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withLoad(Resource r, LoadState v) {
        Map<Resource, LoadState> copy = new EnumMap<>(loads);
        copy.put(r, v);
        return new AppState(connection, data, activity, Map.copyOf(copy), pane, panes, workspace, overlay, status,
                requests, history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes,
                messages, keyRejected, audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withPane(PaneId v) {
        return new AppState(connection, data, activity, loads, v, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withPaneState(PaneId p, PaneState v) {
        Map<PaneId, PaneState> copy = new EnumMap<>(panes);
        copy.put(p, v);
        return new AppState(connection, data, activity, loads, pane, Map.copyOf(copy), workspace, overlay, status,
                requests, history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes,
                messages, keyRejected, audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withWorkspace(UUID v) {
        return new AppState(connection, data, activity, loads, pane, panes, v, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withOverlay(Overlay v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, v, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withStatus(Status v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, v, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withRequests(List<RequestEntry> v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, v, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withHistory(List<String> v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests, v,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withSchedule(Instant next, int failureCount) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, next, failureCount, nextSeq, now, ticks, quitting, changes, messages,
                keyRejected, audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withNextSeq(long v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, v, now, ticks, quitting, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withClock(Instant v, long tickCount) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, v, tickCount, quitting, changes, messages,
                keyRejected, audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withConnection(Connection v) {
        return new AppState(v, data, activity, loads, pane, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState quit() {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, true, changes, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    /**
     * With {@code v} on the status line, and in the session's messages. A message the user did not ask for
     * ({@code background}: a refresh's retries and failures) never replaces a sticky one; it is only listed.
     */
    AppState say(Status v, boolean background) {
        AppState logged = log(v);
        return background && status.sticky() && status.present() ? logged : logged.withStatus(v);
    }

    /** With the sticky message dismissed. */
    AppState dismissed() {
        return status.sticky() ? withStatus(Status.NONE) : this;
    }

    private AppState log(Status v) {
        if (!v.present() || (!messages.isEmpty() && messages.get(messages.size() - 1).text().equals(v.text()))) {
            return this;
        }
        List<Message> copy = new java.util.ArrayList<>(messages.size() >= MAX_MESSAGES
                ? messages.subList(1, messages.size()) : messages);
        copy.add(new Message(now, v.level(), v.text()));
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, List.copyOf(copy),
                keyRejected, audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withKeyRejected(String v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages, v,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    AppState withChanges(ChangeState v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, v, messages, keyRejected,
                audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    /** With {@code audit} replaced. */
    public AppState withAudit(AuditState v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages,
                keyRejected, v, viewport, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    /** With {@code viewport} replaced. */
    public AppState withViewport(Viewport v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages,
                keyRejected, audit, v, trail, theme, wantedWorkspace, previous, refreshes, landing);
    }

    /** With {@code trail} replaced. */
    public AppState withTrail(List<Place> v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages,
                keyRejected, audit, viewport, v, theme, wantedWorkspace, previous, refreshes, landing);
    }

    /** With {@code theme} replaced. */
    public AppState withTheme(String v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages,
                keyRejected, audit, viewport, trail, v, wantedWorkspace, previous, refreshes, landing);
    }

    /** With {@code wantedWorkspace} replaced. */
    public AppState withWantedWorkspace(String v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages,
                keyRejected, audit, viewport, trail, theme, v, previous, refreshes, landing);
    }

    /** With {@code previous} replaced. */
    public AppState withPrevious(Place v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages,
                keyRejected, audit, viewport, trail, theme, wantedWorkspace, v, refreshes, landing);
    }

    /** With {@code refreshes} replaced. */
    public AppState withRefreshes(Refreshes v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages,
                keyRejected, audit, viewport, trail, theme, wantedWorkspace, previous, v, landing);
    }

    /** With {@code landing} replaced. */
    public AppState withLanding(Landing v) {
        return new AppState(connection, data, activity, loads, pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes, messages,
                keyRejected, audit, viewport, trail, theme, wantedWorkspace, previous, refreshes, v);
    }
}
