package dev.lsorg.app;

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
 * @param data         what has been loaded
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
 * @param changes      marked rows and the change being sent
 */
public record AppState(Connection connection, OrgSnapshot data, Map<Resource, LoadState> loads, PaneId pane,
                       Map<PaneId, PaneState> panes, UUID workspace, Overlay overlay, Status status,
                       List<RequestEntry> requests, List<String> history, Duration refreshEvery,
                       Instant nextRefresh, int failures, long nextSeq, Instant now, long ticks, boolean quitting,
                       ChangeState changes) {
    /** Most requests kept for the Requests pane. */
    public static final int MAX_REQUESTS = 2000;

    /** The state at start: nothing loaded, first pane, auto-refresh due at once. */
    public static AppState initial(Connection connection, UUID workspace, Duration refreshEvery, List<String> history,
                                   Instant now) {
        Map<Resource, LoadState> loads = new EnumMap<>(Resource.class);
        for (Resource r : Resource.values()) {
            loads.put(r, LoadState.IDLE);
        }
        Map<PaneId, PaneState> panes = new EnumMap<>(PaneId.class);
        for (PaneId p : PaneId.values()) {
            panes.put(p, PaneState.INITIAL);
        }
        return new AppState(connection, OrgSnapshot.empty(), Map.copyOf(loads), PaneId.WORKSPACES, Map.copyOf(panes),
                workspace, Overlay.NONE, Status.NONE, List.of(), List.copyOf(history), refreshEvery, now, 0, 1, now,
                0, false, ChangeState.NONE);
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

    /** The newest successful load of any resource, or null. */
    public Instant lastRefresh() {
        return loads.values().stream().map(LoadState::loadedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }

    AppState withData(OrgSnapshot v) {
        return new AppState(connection, v, loads, pane, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes);
    }

    AppState withLoad(Resource r, LoadState v) {
        Map<Resource, LoadState> copy = new EnumMap<>(loads);
        copy.put(r, v);
        return new AppState(connection, data, Map.copyOf(copy), pane, panes, workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes);
    }

    AppState withPane(PaneId v) {
        return new AppState(connection, data, loads, v, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes);
    }

    AppState withPaneState(PaneId p, PaneState v) {
        Map<PaneId, PaneState> copy = new EnumMap<>(panes);
        copy.put(p, v);
        return new AppState(connection, data, loads, pane, Map.copyOf(copy), workspace, overlay, status, requests,
                history, refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes);
    }

    AppState withWorkspace(UUID v) {
        return new AppState(connection, data, loads, pane, panes, v, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes);
    }

    AppState withOverlay(Overlay v) {
        return new AppState(connection, data, loads, pane, panes, workspace, v, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes);
    }

    AppState withStatus(Status v) {
        return new AppState(connection, data, loads, pane, panes, workspace, overlay, v, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes);
    }

    AppState withRequests(List<RequestEntry> v) {
        return new AppState(connection, data, loads, pane, panes, workspace, overlay, status, v, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes);
    }

    AppState withHistory(List<String> v) {
        return new AppState(connection, data, loads, pane, panes, workspace, overlay, status, requests, v,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes);
    }

    AppState withSchedule(Instant next, int failureCount) {
        return new AppState(connection, data, loads, pane, panes, workspace, overlay, status, requests, history,
                refreshEvery, next, failureCount, nextSeq, now, ticks, quitting, changes);
    }

    AppState withNextSeq(long v) {
        return new AppState(connection, data, loads, pane, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, v, now, ticks, quitting, changes);
    }

    AppState withClock(Instant v, long tickCount) {
        return new AppState(connection, data, loads, pane, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, v, tickCount, quitting, changes);
    }

    AppState withConnection(Connection v) {
        return new AppState(v, data, loads, pane, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, changes);
    }

    AppState quit() {
        return new AppState(connection, data, loads, pane, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, true, changes);
    }

    AppState withChanges(ChangeState v) {
        return new AppState(connection, data, loads, pane, panes, workspace, overlay, status, requests, history,
                refreshEvery, nextRefresh, failures, nextSeq, now, ticks, quitting, v);
    }
}
